/// Attune's own burnout pulse check-in: short items in our own words on a labelled frequency scale.
/// A self-reflection prompt, not a validated measure. Loaded from `Resources/instruments/pulse.yaml`.
public struct PulseCheckIn: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public let id: String
        public let dimension: String
        public let text: String
        /// A high answer means less strain; scored as `lowest + highest - answer`.
        public let reversed: Bool
    }

    public struct ScalePoint: Hashable, Sendable {
        public let value: Int
        public let label: String
    }

    public struct Dimension: Hashable, Sendable {
        public let id: String
        public let title: String
    }

    /// The dimension ids docs/SCHEMA.md fixes for `scores` of a check-in entry.
    public static let schemaDimensionIDs = ["exhaustion", "detachment", "irritability", "recovery",
                                            "effectiveness", "client_strain"]

    public let id: String
    public let title: String
    /// The time frame the items ask about, e.g. "the past two weeks".
    public let period: String
    /// Says on screen that this is a self-reflection pulse and not a validated measure.
    public let statement: String
    /// The scoring method sentence shown on the results screen.
    public let scoringMethod: String
    /// Answer choices from least to most frequent.
    public let scale: [ScalePoint]
    public let dimensions: [Dimension]
    public let items: [Item]

    public var lowestValue: Int { scale.first?.value ?? 0 }
    public var highestValue: Int { scale.last?.value ?? 0 }

    public func label(for value: Int) -> String? { scale.first { $0.value == value }?.label }

    /// Dimension id → 0–100 (higher = more strain): the mean of the dimension's answered items, reversed
    /// where marked, rescaled from the answer scale (0–4 gives ×25). Dimensions with no valid answer are
    /// absent. Unknown item ids and values off the scale are ignored (see `validate(answers:)`).
    public func score(answers: [String: Int]) -> [String: Double] {
        let span = Double(highestValue - lowestValue)
        guard span > 0 else { return [:] }
        var strain: [String: [Int]] = [:]
        for item in items {
            guard let answer = answers[item.id], label(for: answer) != nil else { continue }
            let value = item.reversed ? lowestValue + highestValue - answer : answer
            strain[item.dimension, default: []].append(value - lowestValue)
        }
        return strain.mapValues { values in Double(values.reduce(0, +)) / Double(values.count) / span * 100 }
    }

    /// The mean of the dimension scores (each dimension weighs the same); nil when nothing was answered.
    public func overall(answers: [String: Int]) -> Double? { Self.overall(scores: score(answers: answers)) }

    public static func overall(scores: [String: Double]) -> Double? {
        scores.isEmpty ? nil : scores.values.reduce(0, +) / Double(scores.count)
    }

    /// Refuses answers the form could not have produced, naming the item and the allowed values.
    public func validate(answers: [String: Int]) throws {
        for (itemID, value) in answers.sorted(by: { $0.key < $1.key }) {
            guard items.contains(where: { $0.id == itemID }) else { throw PulseAnswerError.unknownItem(itemID) }
            guard label(for: value) != nil else {
                throw PulseAnswerError.valueOffScale(item: itemID, value: value, lowest: lowestValue,
                                                     highest: highestValue)
            }
        }
    }
}

/// Why check-in answers were refused.
public enum PulseAnswerError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownItem(String)
    case valueOffScale(item: String, value: Int, lowest: Int, highest: Int)

    public var description: String {
        switch self {
        case .unknownItem(let id):
            return "The check-in has no item '\(id)'."
        case .valueOffScale(let item, let value, let lowest, let highest):
            return "Item '\(item)' has answer \(value); the check-in scale runs from \(lowest) to \(highest)."
        }
    }
}
