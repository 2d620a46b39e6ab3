import AttuneDomain
import Foundation

/// Entries as JSON-compatible objects (`[String: Any]` of String, NSNumber, Bool, NSNull, arrays and dictionaries)
/// for `list --json`, `show --json` and the JSON export. Times are ISO 8601 UTC strings.
public enum EntryJSON {
    public static func object(_ entry: Entry, includeBody: Bool = true) -> [String: Any] {
        var object: [String: Any] = [
            "id": entry.id.rawValue, "kind": entry.kind.rawValue,
            "created": Timestamp.format(entry.created), "updated": Timestamp.format(entry.updated),
            "author": entry.author, "shared": entry.shared, "tags": entry.tags,
            "fields": fieldsObject(entry.fields),
        ]
        if includeBody { object["body"] = entry.body }
        return object
    }

    public static func object(_ summary: EntrySummary) -> [String: Any] {
        var object = object(summary.partialEntry, includeBody: false)
        object["title"] = summary.title
        object["path"] = summary.path
        return object
    }

    public static func fieldsObject(_ fields: Fields) -> [String: Any] {
        var out: [String: Any] = [:]
        for (k, v) in fields { out[k] = json(v) }
        return out
    }

    public static func json(_ value: Value) -> Any {
        switch value {
        case .null: return NSNull()
        case .bool(let b): return b
        case .int(let i): return i
        case .double(let d): return d.isFinite ? d : String(describing: d)
        case .string(let s): return s
        case .list(let l): return l.map(json)
        case .map(let m): return fieldsObject(m)
        }
    }

    /// Pretty, key-sorted UTF-8 JSON text of any object built here.
    public static func data(_ object: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: object,
                                     options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("null".utf8)
    }
}
