import Foundation

/// Why an item-wording file was refused.
public enum InstrumentImportError: Error, Hashable, Sendable, CustomStringConvertible {
    case tooLarge(bytes: Int, limit: Int)
    case notUTF8(byteOffset: Int)
    case containsNUL
    case controlCharacter(line: Int)
    case wrongCount(instrument: String, expected: Int, found: Int)

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            return "The file has \(bytes) bytes; an item-wording file is plain text of at most \(limit) bytes."
        case .notUTF8(let offset):
            return "The file is not UTF-8 text (invalid byte at offset \(offset)). Save it as plain UTF-8 text."
        case .containsNUL:
            return "The file contains NUL bytes, so it is not a plain text file. Save the wording as plain UTF-8 text."
        case .controlCharacter(let line):
            return "Line \(line) contains a control character. Save the wording as plain UTF-8 text."
        case .wrongCount(let instrument, let expected, let found):
            return "\(instrument): expected \(expected) items, found \(found). Put one item per line in published "
                + "order; blank lines and lines starting with # are ignored."
        }
    }
}

/// Reads the item wording a user imports for a validated instrument: a plain text file, one item per line in
/// published order. Attune ships no wording; storing the result is the store's job.
public enum InstrumentImport {
    /// Wording files are a few kilobytes; anything far larger is the wrong file.
    public static let maximumBytes = 256 * 1024

    /// Decodes the bytes as strict UTF-8 (a leading byte-order mark is dropped), then parses them.
    public static func parse(data: Data, key: InstrumentKey) throws -> [String] {
        guard data.count <= maximumBytes else {
            throw InstrumentImportError.tooLarge(bytes: data.count, limit: maximumBytes)
        }
        var decoder = UTF8()
        var bytes = data.makeIterator()
        var scalars = String.UnicodeScalarView()
        var offset = 0
        decoding: while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                break decoding
            case .error:
                throw InstrumentImportError.notUTF8(byteOffset: offset)
            }
        }
        return try parse(text: String(scalars), key: key)
    }

    /// One item per line; surrounding spaces trimmed; blank lines and `#` comment lines skipped; Unicode kept.
    public static func parse(text: String, key: InstrumentKey) throws -> [String] {
        guard !text.unicodeScalars.contains("\u{0}") else { throw InstrumentImportError.containsNUL }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        var items: [String] = []
        for (index, line) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let item = line.trimmingCharacters(in: .whitespaces)
            if item.isEmpty || item.hasPrefix("#") { continue }
            if item.unicodeScalars.contains(where: isForbiddenControl) {
                throw InstrumentImportError.controlCharacter(line: index + 1)
            }
            items.append(item)
        }
        guard items.count == key.itemCount else {
            throw InstrumentImportError.wrongCount(instrument: key.shortName, expected: key.itemCount,
                                                   found: items.count)
        }
        return items
    }

    /// C0 and C1 controls and DEL, except tab: signs of a binary or mangled file, and unsafe on a terminal
    /// (ESC and CSI start escape sequences).
    private static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}
