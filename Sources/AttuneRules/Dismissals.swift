import Foundation

/// What the person has set aside: dismissed firings (by fingerprint) and snoozes (until a date). A small
/// Codable value the app persists (e.g. in `.attune/`); the engine only reads it.
public struct Dismissals: Codable, Sendable, Hashable {
    /// Fingerprint → when it was dismissed. A dismissed suggestion returns only when its facts change,
    /// because changed facts give a new fingerprint.
    public var dismissed: [String: Date]
    /// Snooze key (rule id, or rule id/group value) → the moment the suggestion may return.
    public var snoozed: [String: Date]

    public init(dismissed: [String: Date] = [:], snoozed: [String: Date] = [:]) {
        self.dismissed = dismissed
        self.snoozed = snoozed
    }

    private enum CodingKeys: String, CodingKey { case dismissed, snoozed }

    /// Tolerates a missing key, so a state file written by an older version (or by hand) still loads.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dismissed = try c.decodeIfPresent([String: Date].self, forKey: .dismissed) ?? [:]
        snoozed = try c.decodeIfPresent([String: Date].self, forKey: .snoozed) ?? [:]
    }

    public mutating func dismiss(_ suggestion: Suggestion, at date: Date) {
        dismissed[suggestion.fingerprint] = date
    }

    public mutating func snooze(_ suggestion: Suggestion, until date: Date) {
        snoozed[suggestion.snoozeKey] = date
    }

    /// Brings a dismissed or snoozed suggestion back at once.
    public mutating func restore(_ suggestion: Suggestion) {
        dismissed[suggestion.fingerprint] = nil
        snoozed[suggestion.snoozeKey] = nil
    }

    public func hides(fingerprint: String, snoozeKey: String, now: Date) -> Bool {
        if dismissed[fingerprint] != nil { return true }
        if let until = snoozed[snoozeKey], until > now { return true }
        return false
    }

    public func hides(_ suggestion: Suggestion, now: Date) -> Bool {
        hides(fingerprint: suggestion.fingerprint, snoozeKey: suggestion.snoozeKey, now: now)
    }

    /// Drops finished snoozes and dismissals older than `maximumAge` (their facts have long changed),
    /// so the stored value stays small.
    public mutating func prune(now: Date, maximumAge: TimeInterval = 400 * 86_400) {
        snoozed = snoozed.filter { $0.value > now }
        dismissed = dismissed.filter { now.timeIntervalSince($0.value) < maximumAge }
    }
}
