import AttuneDomain
import Foundation
import Yams

/// Reads and writes entry files: `---`, YAML front matter, `---`, Markdown body.
///
/// Body convention: the file always ends with a line break; one trailing `\n` is added on write and removed on
/// read, so any body (with or without its own final newline) round-trips exactly.
public enum EntryCodec {
    /// Keys the codec owns; everything else in the front matter is a kind field (kept in file order).
    static let commonKeys = ["id", "kind", "created", "updated", "author", "shared", "tags"]
    /// Marks a file under drafts/.
    static let draftKey = "draft"

    public static func encode(_ entry: Entry, draft: Bool = false) -> String {
        var out = "---\n"
        var common = Fields()
        common["id"] = .string(entry.id.rawValue)
        common["kind"] = .string(entry.kind.rawValue)
        common["created"] = .string(Timestamp.format(entry.created))
        common["updated"] = .string(Timestamp.format(entry.updated))
        common["author"] = .string(entry.author)
        common["shared"] = .bool(entry.shared)
        common["tags"] = .list(entry.tags.map(Value.string))
        if draft { common[draftKey] = .bool(true) }
        FrontMatterEmitter.emit(common, into: &out)
        var rest = Fields()
        for (key, value) in entry.fields where !commonKeys.contains(key) && key != draftKey {
            rest[key] = value
        }
        FrontMatterEmitter.emit(rest, into: &out)
        out += "---\n"
        if !entry.body.isEmpty { out += entry.body + "\n" }
        return out
    }

    /// Decodes file bytes: checks encoding and NUL bytes first so binary files get a precise sentence.
    public static func decode(_ data: Data, path: String) throws -> (entry: Entry, isDraft: Bool) {
        if let nul = data.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul - data.startIndex, in: data)
            throw EntryFileError(path: path, line: line, column: column,
                                 reason: "the file contains NUL bytes; it looks like binary data, not an entry")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let bad = firstInvalidUTF8Offset(data)
            let (line, column) = position(ofByte: bad, in: data)
            throw EntryFileError(path: path, line: line, column: column,
                                 reason: "the file is not valid UTF-8 text (saved in another encoding?)")
        }
        return try decodeText(text, path: path)
    }

    public static func decode(_ text: String, path: String) throws -> Entry {
        try decodeText(text, path: path).entry
    }

    static func decodeText(_ original: String, path: String) throws -> (entry: Entry, isDraft: Bool) {
        var text = original
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // A file saved with Windows line ends (by another editor): read it as LF; attune writes LF.
        if text.hasPrefix("---\r\n") { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        if text.isEmpty {
            throw EntryFileError(path: path, line: 1, column: 1, reason: "the file is empty")
        }
        let (yaml, body) = try split(text, path: path)
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, Resolver.basic)
        } catch let error as YamlError {
            if case .duplicatedKeysInMapping(let keys, let context) = error, let key = keys.sorted().first {
                let line = lineOfKey(key, in: yaml, occurrence: 2) ?? context.mark.line
                throw EntryFileError(path: path, line: line + 1, column: 1, reason: "the key '\(key)' appears twice")
            }
            throw translate(error, path: path)
        }
        guard case .mapping(let mapping)? = node else {
            throw EntryFileError(path: path, line: 2, column: 1,
                                 reason: "the front matter must be a list of `key: value` lines")
        }
        var fields: Fields
        do {
            fields = try YAMLValueReader.fields(mapping)
        } catch let failure as YAMLValueReader.Failure {
            if failure.line == 0, let key = failure.key, let line = lineOfKey(key, in: yaml, occurrence: 2) {
                throw EntryFileError(path: path, line: line + 1, column: 1, reason: failure.reason)
            }
            throw EntryFileError(path: path, line: failure.line + 1, column: failure.column, reason: failure.reason)
        }
        func fail(_ key: String, _ reason: String) -> EntryFileError {
            let line = lineOfKey(key, in: yaml).map { $0 + 1 } ?? 2
            return EntryFileError(path: path, line: line, column: 1, reason: reason)
        }
        guard let idText = fields["id"].flatMap(scalarText), !idText.isEmpty else {
            throw fail("id", "the front matter has no `id:`")
        }
        let id = EntryID(idText)
        guard id.isSafeFileName else { throw fail("id", "the id '\(idText)' has characters a file name cannot hold") }
        guard let kindText = fields["kind"].flatMap(scalarText) else { throw fail("kind", "the front matter has no `kind:`") }
        guard let kind = EntryKind(rawValue: kindText) else {
            let known = EntryKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail("kind", "unknown kind '\(kindText)' (known kinds: \(known))")
        }
        guard let createdText = fields["created"].flatMap(scalarText) else {
            throw fail("created", "the front matter has no `created:` time")
        }
        guard let created = Timestamp.parse(createdText) else {
            throw fail("created", "`created: \(createdText)` is not a time like 2026-11-22T03:02:57Z")
        }
        var updated = created
        if let updatedText = fields["updated"].flatMap(scalarText) {
            guard let parsed = Timestamp.parse(updatedText) else {
                throw fail("updated", "`updated: \(updatedText)` is not a time like 2026-11-22T03:02:57Z")
            }
            updated = parsed
        }
        let author = fields["author"].flatMap(scalarText) ?? ""
        var shared = false
        if let s = fields["shared"], s != .null {
            guard let b = s.bool else { throw fail("shared", "`shared:` must be true or false") }
            shared = b
        }
        var tags: [String] = []
        switch fields["tags"] {
        case nil, .null?: break
        case .list(let items)?: tags = items.compactMap(scalarText)
        case let single?:
            guard let t = scalarText(single) else { throw fail("tags", "`tags:` must be a list such as [grief, first-session]") }
            tags = [t]
        }
        let isDraft = fields[draftKey]?.bool ?? false
        for key in commonKeys + [draftKey] { fields[key] = nil }
        let entry = Entry(id: id, kind: kind, created: created, updated: updated, author: author,
                          shared: shared, tags: tags, fields: fields, body: body)
        return (entry, isDraft)
    }

    /// Splits at the first line that is exactly `---` after the opening one; later `---` lines belong to the body.
    private static func split(_ text: String, path: String) throws -> (yaml: String, body: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first == "---" || first == "---\r" else {
            throw EntryFileError(path: path, line: 1, column: 1,
                                 reason: "an entry starts with a `---` line, then its front matter")
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "---\r" }) else {
            throw EntryFileError(path: path, line: lines.count, column: 1,
                                 reason: "the front matter never ends: no closing `---` line (truncated file?)")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        var body = lines[(close + 1)...].joined(separator: "\n")
        if body.hasSuffix("\n") { body.removeLast() }
        return (yaml, body)
    }

    private static func scalarText(_ value: Value) -> String? {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return FrontMatterEmitter.doubleText(d)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    private static func lineOfKey(_ key: String, in yaml: String, occurrence: Int = 1) -> Int? {
        var seen = 0
        for (i, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.hasPrefix(key + ":") {
            seen += 1
            if seen == occurrence { return i + 1 }
        }
        return nil
    }

    /// Yams reports positions inside the front matter; the file has one `---` line before it.
    private static func translate(_ error: YamlError, path: String) -> EntryFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return EntryFileError(path: path, line: mark.line + 1, column: mark.column,
                                  reason: "the front matter is not valid YAML: \(problem)")
        case .reader(let problem, _, _, _):
            return EntryFileError(path: path, line: 0, column: 0, reason: "the front matter cannot be read: \(problem)")
        default:
            return EntryFileError(path: path, line: 0, column: 0, reason: "the front matter is not valid YAML: \(error)")
        }
    }

    static func position(ofByte offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data.prefix(offset))
        for (i, b) in bytes.enumerated() where b == 0x0A {
            line += 1
            lineStart = i + 1
        }
        // Column counts characters, approximated by UTF-8 lead bytes before the offset on that line.
        let column = bytes[lineStart...].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            if length > 1 {
                let slice = Array(bytes[i..<(i + length)])
                if String(validating: slice, as: UTF8.self) == nil { return i }
            }
            i += length
        }
        return i
    }
}
