import Foundation

/// What sort of record an entry is. The raw value is what the file's `kind:` says.
public enum EntryKind: String, CaseIterable, Sendable, Codable {
    /// A countertransference note (Hayes' structural model: trigger, reactions, origin, effect, management).
    case note
    /// An empathy-barrier checklist.
    case checklist
    /// Our own burnout pulse check-in (not a validated measure).
    case checkin
    /// A scored validated instrument (CBI, ProQOL 5) whose wording the user imported.
    case assessment
    /// A free reflection, often answering a suggested prompt.
    case reflection
    /// A supervision session record (hours log; signing comes with the review issue).
    case session

    public var title: String {
        switch self {
        case .note: return "Countertransference note"
        case .checklist: return "Empathy-barrier checklist"
        case .checkin: return "Burnout pulse check-in"
        case .assessment: return "Assessment"
        case .reflection: return "Reflection"
        case .session: return "Supervision session"
        }
    }
    public var shortTitle: String {
        switch self {
        case .note: return "note"
        case .checklist: return "checklist"
        case .checkin: return "check-in"
        case .assessment: return "assessment"
        case .reflection: return "reflection"
        case .session: return "session"
        }
    }
}

/// A stable, sortable, human-readable identifier such as `20261122-0302-note-7f3a`.
public struct EntryID: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: String
    public init(_ raw: String) { rawValue = raw }
    public var description: String { rawValue }
    public static func < (a: EntryID, b: EntryID) -> Bool { a.rawValue < b.rawValue }

    /// `yyyyMMdd-HHmm-<kind>-<4 hex>`; the time part is UTC so ids sort by creation everywhere.
    public static func make(kind: EntryKind, at date: Date, random: UInt16 = UInt16.random(in: 0...UInt16.max)) -> EntryID {
        let c = Timestamp.utcComponents(date)
        let stamp = String(format: "%04d%02d%02d-%02d%02d", c.year, c.month, c.day, c.hour, c.minute)
        return EntryID("\(stamp)-\(kind.rawValue)-\(String(format: "%04x", random))")
    }

    /// True for ids the store can use as file names (no path separators, no dot files).
    public var isSafeFileName: Bool {
        !rawValue.isEmpty && rawValue.count <= 120 && !rawValue.hasPrefix(".")
            && rawValue.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" }
    }
}

/// One record of the workbook. Kind-specific data lives in `fields` (front matter, ordered) and `body` (Markdown).
public struct Entry: Hashable, Sendable {
    public var id: EntryID
    public var kind: EntryKind
    public var created: Date
    public var updated: Date
    public var author: String
    /// Whether the supervisee lets the supervisor see this entry.
    public var shared: Bool
    public var tags: [String]
    public var fields: Fields
    public var body: String

    public init(id: EntryID, kind: EntryKind, created: Date, updated: Date? = nil, author: String,
                shared: Bool = false, tags: [String] = [], fields: Fields = Fields(), body: String = "") {
        self.id = id
        self.kind = kind
        self.created = created
        self.updated = updated ?? created
        self.author = author
        self.shared = shared
        self.tags = tags
        self.fields = fields
        self.body = body
    }

    /// A one-line title for lists, made from what matters most for the kind.
    public var summary: String {
        if let s = fields["summary"]?.string, !s.isEmpty { return s }
        switch kind {
        case .note:
            var parts: [String] = []
            if let c = fields["client"]?.string, !c.isEmpty { parts.append(c) }
            let reactions = (fields["reactions"]?.list ?? []).compactMap { r -> String? in
                guard let m = r.map, let fam = m["family"]?.string else { return nil }
                return m["intensity"]?.int.map { "\(fam) \($0)" } ?? fam
            }
            if !reactions.isEmpty { parts.append(reactions.joined(separator: ", ")) }
            if let d = fields["direction"]?.string, !d.isEmpty { parts.append(d == "toward" ? "drawn toward" : d == "away" ? "pulled away" : d) }
            if !parts.isEmpty { return parts.joined(separator: " · ") }
        case .checklist:
            let present = fields["barriers_present"]?.stringList ?? []
            let period = fields["period"]?.string == "week" ? "week" : (fields["client"]?.string ?? "session")
            return present.isEmpty ? "\(period) · no barriers" : "\(period) · " + present.joined(separator: ", ")
        case .checkin, .assessment:
            let scores = (fields["scores"]?.map ?? Fields()).compactMap { p in
                p.value.double.map { "\(p.key.replacingOccurrences(of: "_", with: " ")) \(Int($0.rounded()))" }
            }
            let prefix = fields["instrument"]?.string.map { $0.uppercased() + " · " } ?? ""
            if !scores.isEmpty { return prefix + scores.prefix(3).joined(separator: " · ") }
        default:
            break
        }
        let firstLine = body.split(separator: "\n").first.map(String.init) ?? ""
        return firstLine.isEmpty ? kind.title : firstLine
    }
}
