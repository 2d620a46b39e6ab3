import Foundation

/// Text and JSON forms of hits for the command line (`attune guard [FILE]`).
public enum GuardReport {
    /// One line per hit: `LINE:COL  KIND  matched-text  reason`. Line breaks and tabs inside the matched text
    /// are shown as \n and \t so each hit stays on one line.
    public static func line(_ hit: GuardHit) -> String {
        "\(hit.line):\(hit.column)  \(hit.kind.rawValue)  \(escaped(hit.text))  \(hit.reason)"
    }

    /// All hits, one per line, each ending in a newline ("" when there are none).
    public static func lines(_ hits: [GuardHit]) -> String {
        hits.map { line($0) + "\n" }.joined()
    }

    /// A JSON object: `{"file": …, "count": N, "hits": [{line, column, kind, text, reason, placeholder,
    /// fingerprint, offset, length}]}` with sorted keys; `offset`/`length` are UTF-8 byte positions.
    /// `file` is omitted when nil (standard input).
    public static func json(_ hits: [GuardHit], file: String? = nil) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let document = Document(file: file, count: hits.count, hits: hits.map(Entry.init))
        // Encoding plain strings and integers cannot fail; the fallback keeps the function total anyway.
        guard let data = try? encoder.encode(document) else { return "{\"count\":0,\"hits\":[]}" }
        return String(decoding: data, as: UTF8.self)
    }

    private struct Document: Encodable {
        let file: String?
        let count: Int
        let hits: [Entry]
    }

    private struct Entry: Encodable {
        let line, column, offset, length: Int
        let kind, text, reason, placeholder, fingerprint: String
        init(_ h: GuardHit) {
            line = h.line
            column = h.column
            offset = h.utf8Range.lowerBound
            length = h.utf8Range.count
            kind = h.kind.rawValue
            text = h.text
            reason = h.reason
            placeholder = h.placeholder
            fingerprint = h.fingerprint
        }
    }

    private static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
    }
}
