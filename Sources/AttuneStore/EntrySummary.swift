import AttuneDomain
import Foundation

/// What the index keeps of an entry: everything but the body and long texts, enough for lists, the dashboard and
/// the rules engine without opening the file. Open the full entry with `Workbook.entry(_:)`.
public struct EntrySummary: Hashable, Sendable {
    public var id: EntryID
    public var kind: EntryKind
    public var created: Date
    public var updated: Date
    public var author: String
    public var shared: Bool
    public var tags: [String]
    /// The kind's front-matter fields; strings longer than `EntrySummary.textLimit` are cut and end in "…".
    public var fields: Fields
    /// The first non-empty line of the body (cut like long fields).
    public var firstLine: String
    /// Path of the entry file relative to the workbook folder.
    public var path: String

    /// Longest string kept whole in a summary.
    public static let textLimit = 160

    public init(entry: Entry, path: String) {
        id = entry.id
        kind = entry.kind
        created = entry.created
        updated = entry.updated
        author = entry.author
        shared = entry.shared
        tags = entry.tags
        fields = Self.shortened(entry.fields)
        let line = entry.body.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        firstLine = Self.cut(line.map { $0.trimmingCharacters(in: .whitespaces) } ?? "")
        self.path = path
    }

    init(id: EntryID, kind: EntryKind, created: Date, updated: Date, author: String, shared: Bool, tags: [String],
         fields: Fields, firstLine: String, path: String) {
        self.id = id
        self.kind = kind
        self.created = created
        self.updated = updated
        self.author = author
        self.shared = shared
        self.tags = tags
        self.fields = fields
        self.firstLine = firstLine
        self.path = path
    }

    /// The summary as an `Entry` whose body is only the first line: handy for code written against `Entry`
    /// (titles, rules over front-matter fields). Do not save it back.
    public var partialEntry: Entry {
        Entry(id: id, kind: kind, created: created, updated: updated, author: author, shared: shared, tags: tags,
              fields: fields, body: firstLine)
    }

    /// One-line title, as `Entry.summary` gives for the full entry.
    public var title: String { partialEntry.summary }

    /// Recent first: newest `created`, then id, so equal times still sort the same way everywhere.
    static func recentFirst(_ a: EntrySummary, _ b: EntrySummary) -> Bool {
        a.created != b.created ? a.created > b.created : a.id > b.id
    }

    static func cut(_ text: String) -> String {
        text.count > textLimit ? String(text.prefix(textLimit)) + "…" : text
    }

    static func shortened(_ fields: Fields) -> Fields {
        Fields(fields.map { ($0.key, shortened($0.value)) })
    }

    static func shortened(_ value: Value) -> Value {
        switch value {
        case .string(let s): return .string(cut(s))
        case .list(let l): return .list(l.map(shortened))
        case .map(let m): return .map(shortened(m))
        default: return value
        }
    }
}
