import AttuneDomain
import Foundation

/// One answer a form offers: the code stored and scored, and the label shown beside its digit.
public struct AnswerChoice: Hashable, Sendable {
    public let code: Int
    public let label: String
    public init(code: Int, label: String) { self.code = code; self.label = label }
}

/// What the keyboard flow runs: our own pulse, or a validated instrument whose wording the user imported.
/// It holds the wording, the answer choices and how digits map onto them; scoring stays in AttuneDomain.
public struct Questionnaire: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case pulse(PulseCheckIn)
        case instrument(InstrumentKey)
    }

    public let source: Source
    public let title: String
    /// One line under the title, always visible: what the form is and the period it asks about.
    public let notice: String
    /// Item wording in the order asked (published order for instruments).
    public let items: [String]
    /// Answer choices in the order shown.
    public let choices: [AnswerChoice]
    /// The digit that picks the first choice (0 for the pulse's 0–4 scale, 1 otherwise).
    public let firstDigit: Int

    /// `pulse`, `cbi` or `proqol5`: the name used by `attune scores --instrument`.
    public var instrumentID: String {
        switch source {
        case .pulse(let p): return p.id
        case .instrument(let k): return k.id
        }
    }

    public var kind: EntryKind {
        if case .pulse = source { return .checkin }
        return .assessment
    }

    /// The choice a digit key picks, if any.
    public func choiceIndex(forDigit digit: Int) -> Int? {
        let index = digit - firstDigit
        return choices.indices.contains(index) ? index : nil
    }

    public func choiceIndex(forCode code: Int) -> Int? { choices.firstIndex { $0.code == code } }

    public static func pulse(_ pulse: PulseCheckIn) -> Questionnaire {
        Questionnaire(source: .pulse(pulse), title: pulse.title,
                      notice: "Self-reflection pulse, not a validated measure · \(pulse.period)",
                      items: pulse.items.map(\.text),
                      choices: pulse.scale.map { AnswerChoice(code: $0.value, label: $0.label) },
                      firstDigit: pulse.lowestValue)
    }

    /// A validated instrument with the user's imported wording (which must have `key.itemCount` lines).
    public static func instrument(_ key: InstrumentKey, wording: [String]) -> Questionnaire {
        let labels = responseLabels[key.id] ?? [:]
        return Questionnaire(source: .instrument(key), title: key.name,
                             notice: "\(key.shortName) · \(periods[key.id] ?? "answer as the printed form asks")",
                             items: wording,
                             choices: key.allowedValues.map { AnswerChoice(code: $0, label: labels[$0] ?? String($0)) },
                             firstDigit: 1)
    }

    /// Category names of the published forms, by code (docs/INSTRUMENTS.md). CBI items ask either "how often"
    /// or "to what degree"; both wordings share the codes, so both are named.
    static let responseLabels: [String: [Int: String]] = [
        "cbi": [100: "Always / very high degree (100)", 75: "Often / high degree (75)",
                50: "Sometimes / somewhat (50)", 25: "Seldom / low degree (25)",
                0: "Never / very low degree (0)"],
        "proqol5": [1: "Never", 2: "Rarely", 3: "Sometimes", 4: "Often", 5: "Very often"],
    ]

    static let periods: [String: String] = [
        "cbi": "answer each item as the form asks (how often, or to what degree)",
        "proqol5": "how often in the last 30 days",
    ]
}
