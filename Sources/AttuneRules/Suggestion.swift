import AttuneDomain
import Foundation

/// A reflection the workbook suggests now: which rule fired, the prompt it offers, and why.
public struct Suggestion: Sendable, Hashable, Identifiable {
    public var id: String { fingerprint }
    public let ruleID: String
    public let ruleTitle: String
    /// The rule's group; only one suggestion per group is shown.
    public let group: String
    public let prompt: Prompt
    /// The sentence that names the data behind the suggestion, e.g. "exhaustion 75 (was 45 three weeks ago)".
    public let why: String
    public let priority: Int
    /// Identifies the facts that fired the rule; a dismissal holds until these facts change.
    public let fingerprint: String
    /// The entries whose data fired the rule, newest first (at most 10).
    public let triggeringEntryIDs: [EntryID]
    /// For grouped rules, the value it fired for (a client code, barrier group, family or item).
    public let groupValue: String?
    /// When the newest triggering entry was written; ranks equal priorities.
    public let latestEvidence: Date?

    /// The key snoozes are stored under: the rule, and for grouped rules the value it fired for.
    public var snoozeKey: String { groupValue.map { "\(ruleID)/\($0)" } ?? ruleID }
}

/// One rule firing before ranking and de-duplication (what `RuleEngine.firings` returns).
public struct RuleFiring: Sendable, Hashable {
    public let rule: Rule
    public let groupValue: String?
    public let why: String
    public let fingerprint: String
    public let triggeringEntryIDs: [EntryID]
    public let latestEvidence: Date?
}

/// A stable 64-bit FNV-1a hash as 16 hex digits. Swift's `Hasher` is seeded per process, so it cannot be
/// stored; this one gives the same fingerprint on every run and machine.
enum Fingerprint {
    static func make(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x1F  // separator, so ["ab","c"] and ["a","bc"] differ
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
