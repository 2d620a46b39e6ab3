import AttuneDomain
import Foundation

/// The browser's filters other than free text: kind and date range. Text search covers client codes, tags,
/// barriers and reaction families through each row's search words.
public struct EntryFilter: Hashable, Sendable {
    public var kind: EntryKind?
    /// Only entries from the last N days; nil for all.
    public var days: Int?

    public init(kind: EntryKind? = nil, days: Int? = nil) { self.kind = kind; self.days = days }

    public static let dayChoices: [Int?] = [nil, 7, 30, 90, 365]

    public func matches(_ e: Entry, now: Date) -> Bool {
        if let kind, e.kind != kind { return false }
        if let days, e.created < now.addingTimeInterval(-Double(days) * 86_400) { return false }
        return true
    }

    public mutating func cycleKind() {
        let all: [EntryKind?] = [nil] + EntryKind.allCases
        let i = all.firstIndex(of: kind) ?? 0
        kind = all[(i + 1) % all.count]
    }

    public mutating func cycleDays() {
        let i = Self.dayChoices.firstIndex(of: days) ?? 0
        days = Self.dayChoices[(i + 1) % Self.dayChoices.count]
    }

    public var description: String {
        let k = kind.map { $0.shortTitle + "s" } ?? "all kinds"
        let d = days.map { "last \($0) days" } ?? "any date"
        return "\(k) · \(d)"
    }

    /// Words a text search should find an entry by, beyond what the columns show.
    public static func searchWords(_ e: Entry) -> String {
        var words: [String] = [e.kind.rawValue, e.id.rawValue] + e.tags
        if let c = e.fields["client"]?.string { words.append(c) }
        words += e.fields["barriers_present"]?.stringList ?? []
        for r in e.fields["reactions"]?.list ?? [] { if let f = r.map?["family"]?.string { words.append(f) } }
        if let d = e.fields["direction"]?.string { words.append(d) }
        for key in ["trigger", "manifestation", "effect", "management"] {
            if let t = e.fields[key]?.map?["text"]?.string { words.append(t) }
        }
        if let t = e.fields["for_supervision"]?.string { words.append(t) }
        return words.joined(separator: " ")
    }
}
