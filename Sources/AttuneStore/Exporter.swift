import AttuneDomain
import Foundation

/// Turns entries into Markdown, JSON or CSV. Pure: no files are read or written here.
public enum Exporter {
    public enum Format: String, Sendable, CaseIterable { case md, json, csv }

    public struct Filter: Sendable {
        public var kinds: Set<EntryKind>?
        /// Only entries created on or after this time.
        public var since: Date?
        public init(kinds: Set<EntryKind>? = nil, since: Date? = nil) {
            self.kinds = kinds
            self.since = since
        }
        func keeps(_ e: Entry) -> Bool {
            (kinds?.contains(e.kind) ?? true) && (since.map { e.created >= $0 } ?? true)
        }
    }

    /// Oldest first, so a reader follows the story in order.
    public static func select(_ entries: [Entry], _ filter: Filter) -> [Entry] {
        entries.filter(filter.keeps).sorted { $0.created != $1.created ? $0.created < $1.created : $0.id < $1.id }
    }

    public static func export(_ entries: [Entry], as format: Format, filter: Filter = Filter(),
                              title: String = "Attune workbook") -> Data {
        switch format {
        case .md: return Data(markdown(entries, filter: filter, title: title).utf8)
        case .json: return json(entries, filter: filter)
        case .csv: return Data(csv(entries, filter: filter).utf8)
        }
    }

    public static func markdown(_ entries: [Entry], filter: Filter = Filter(), title: String = "Attune workbook") -> String {
        let chosen = select(entries, filter)
        var out = "# \(title)\n\n\(chosen.count) \(chosen.count == 1 ? "entry" : "entries")\n"
        for e in chosen {
            out += "\n---\n\n## \(e.summary)\n\n"
            out += "- id: `\(e.id)`\n- kind: \(e.kind.title)\n- created: \(Timestamp.format(e.created))\n"
            out += "- updated: \(Timestamp.format(e.updated))\n"
            if !e.author.isEmpty { out += "- author: \(e.author)\n" }
            out += "- shared with supervisor: \(e.shared ? "yes" : "no")\n"
            if !e.tags.isEmpty { out += "- tags: \(e.tags.joined(separator: ", "))\n" }
            for (key, value) in e.fields { out += fieldLines(key, value, depth: 0) }
            if !e.body.isEmpty { out += "\n" + e.body + "\n" }
        }
        return out
    }

    private static func fieldLines(_ key: String, _ value: Value, depth: Int) -> String {
        let pad = String(repeating: "  ", count: depth)
        let label = key.replacingOccurrences(of: "_", with: " ")
        switch value {
        case .map(let m):
            return pad + "- \(label):\n" + m.map { fieldLines($0.key, $0.value, depth: depth + 1) }.joined()
        case .list(let l) where l.contains(where: { $0.map != nil }):
            return pad + "- \(label):\n" + l.enumerated().map { fieldLines("\($0.offset + 1)", $0.element, depth: depth + 1) }.joined()
        case .string(let s) where s.contains("\n"):
            return pad + "- \(label):\n" + s.split(separator: "\n", omittingEmptySubsequences: false)
                .map { pad + "    " + $0 + "\n" }.joined()
        default:
            return pad + "- \(label): \(plain(value))\n"
        }
    }

    private static func plain(_ value: Value) -> String {
        switch value {
        case .null: return "—"
        case .bool(let b): return b ? "yes" : "no"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return s
        case .list(let l): return l.map(plain).joined(separator: ", ")
        case .map(let m): return m.map { "\($0.key): \(plain($0.value))" }.joined(separator: "; ")
        }
    }

    public static func json(_ entries: [Entry], filter: Filter = Filter()) -> Data {
        EntryJSON.data(select(entries, filter).map { EntryJSON.object($0) })
    }

    /// RFC 4180 CSV: header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.
    public static let csvColumns = ["id", "kind", "created", "updated", "author", "shared", "tags", "fields", "body"]

    public static func csv(_ entries: [Entry], filter: Filter = Filter()) -> String {
        var out = csvColumns.joined(separator: ",") + "\r\n"
        for e in select(entries, filter) {
            let fieldsJSON = String(decoding: (try? JSONSerialization.data(
                withJSONObject: EntryJSON.fieldsObject(e.fields), options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data(),
                as: UTF8.self)
            let row = [e.id.rawValue, e.kind.rawValue, Timestamp.format(e.created), Timestamp.format(e.updated),
                       e.author, e.shared ? "true" : "false", e.tags.joined(separator: ";"), fieldsJSON, e.body]
            out += row.map(csvCell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func csvCell(_ text: String) -> String {
        // A leading = + - @ would run as a formula in a spreadsheet: prefix a quote mark (OWASP CSV injection advice).
        var t = text
        if let first = t.first, "=+-@".contains(first) { t = "'" + t }
        guard t.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return t }
        return "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
