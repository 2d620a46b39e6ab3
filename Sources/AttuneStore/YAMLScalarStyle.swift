import Foundation

/// Decides how a string is written in front matter: plain when YAML would read it back as the same string,
/// double-quoted when it would not (looks like a number, bool or null, has indicators, edges of spaces, control
/// characters), and as a `|` block when it spans lines.
enum YAMLScalarStyle: Equatable {
    case plain
    case doubleQuoted
    case literalBlock

    /// Characters that may not open a plain scalar (YAML 1.2 §7.3.3 indicators).
    private static let leadingIndicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`",
    ]
    /// Characters that would end a plain scalar inside a flow collection such as `tags: [a, b]`.
    private static let flowIndicators: Set<Character> = [",", "[", "]", "{", "}"]

    static func choose(for text: String, inFlow: Bool) -> YAMLScalarStyle {
        if text.isEmpty { return .doubleQuoted }
        if !text.unicodeScalars.allSatisfy(isPrintable) { return .doubleQuoted }
        if text.contains("\n") {
            return !inFlow && canBeLiteralBlock(text) ? .literalBlock : .doubleQuoted
        }
        return isSafePlain(text, inFlow: inFlow) ? .plain : .doubleQuoted
    }

    /// What libyaml accepts unescaped in a stream (YAML 1.1 `c-printable`) minus the line breaks it treats
    /// specially (CR, NEL, LS, PS) and the byte-order mark.
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A: return true
        case 0x20...0x7E: return true
        case 0xA0...0xD7FF: return s.value != 0x2028 && s.value != 0x2029
        case 0xE000...0xFFFD: return s.value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func isSafePlain(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first == " " || last == " " || text.contains("\t") { return false }
        if leadingIndicators.contains(first) { return false }
        if last == ":" { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        if inFlow && text.contains(where: { flowIndicators.contains($0) }) { return false }
        // Anything read back as null/bool/int/float/merge must be quoted; timestamps stay plain because the
        // codec reads them back as strings anyway (dates are kept as text in `Value`).
        return PlainScalarResolver.resolve(text) == .string
    }

    /// A literal block keeps every character except: leading blank lines with spaces, lines made of spaces only
    /// (folded into "empty"), carriage returns and strings that are nothing but line breaks.
    private static func canBeLiteralBlock(_ text: String) -> Bool {
        if text.contains("\r") { return false }
        if text.allSatisfy({ $0 == "\n" || $0 == " " }) { return false }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.isEmpty && line.allSatisfy({ $0 == " " }) { return false }
        }
        return true
    }
}
