import AttuneDomain
import Foundation

/// A small deterministic YAML writer for front matter. Same value in, same bytes out, so that `git diff`
/// of an edited entry shows only what changed. Maps are written in block style in their stored order; lists of
/// scalars in flow style (`[a, b]`); lists holding maps or lists in block style.
enum FrontMatterEmitter {
    /// Writes `key: value` lines for each pair at the given indent.
    static func emit(_ fields: Fields, indent: Int = 0, into out: inout String) {
        for (key, value) in fields {
            emitPair(key: key, value: value, indent: indent, into: &out)
        }
    }

    static func emitPair(key: String, value: Value, indent: Int, into out: inout String) {
        out += String(repeating: " ", count: indent)
        out += scalarText(key, inFlow: false, indent: indent)
        out += ":"
        emitValueAfterKey(value, indent: indent, into: &out)
    }

    /// The value that follows `key:` (or `- `): inline for scalars and flow lists, on following lines otherwise.
    private static func emitValueAfterKey(_ value: Value, indent: Int, into out: inout String) {
        switch value {
        case .map(let m) where !m.isEmpty:
            out += "\n"
            emit(m, indent: indent + 2, into: &out)
        case .list(let items) where !items.isEmpty && !isFlowList(items):
            out += "\n"
            emitBlockList(items, indent: indent + 2, into: &out)
        case .string(let s) where YAMLScalarStyle.choose(for: s, inFlow: false) == .literalBlock:
            out += " "
            out += literalBlock(s, indent: indent + 2)
        default:
            out += " "
            out += inlineText(value)
            out += "\n"
        }
    }

    private static func emitBlockList(_ items: [Value], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            out += pad
            out += "-"
            switch item {
            case .map(let m) where !m.isEmpty:
                // First pair on the dash line, the rest aligned under it.
                var first = true
                for (key, value) in m {
                    if first {
                        out += " "
                        var line = ""
                        emitPair(key: key, value: value, indent: indent + 2, into: &line)
                        out += line.dropFirst(indent + 2)
                        first = false
                    } else {
                        emitPair(key: key, value: value, indent: indent + 2, into: &out)
                    }
                }
            case .list(let inner) where !inner.isEmpty && !isFlowList(inner):
                out += "\n"
                emitBlockList(inner, indent: indent + 2, into: &out)
            case .string(let s) where YAMLScalarStyle.choose(for: s, inFlow: false) == .literalBlock:
                out += " "
                out += literalBlock(s, indent: indent + 2)
            default:
                out += " "
                out += inlineText(item)
                out += "\n"
            }
        }
    }

    /// Lists whose items are all scalars (or empty collections) go on one line.
    private static func isFlowList(_ items: [Value]) -> Bool {
        items.allSatisfy { item in
            switch item {
            case .map(let m): return m.isEmpty
            case .list(let l): return l.isEmpty
            case .string(let s): return !s.contains("\n")
            default: return true
            }
        }
    }

    /// A value written on one line; strings with line breaks become double-quoted with `\n` escapes here.
    static func inlineText(_ value: Value, inFlow: Bool = false) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return doubleText(d)
        case .string(let s): return scalarText(s, inFlow: inFlow, indent: 0)
        case .map(let m):
            if m.isEmpty { return "{}" }
            return "{" + m.map { scalarText($0.key, inFlow: true, indent: 0) + ": " + inlineText($0.value, inFlow: true) }
                .joined(separator: ", ") + "}"
        case .list(let l):
            return "[" + l.map { inlineText($0, inFlow: true) }.joined(separator: ", ") + "]"
        }
    }

    /// Shortest text that reads back as the same Double and is still typed float (always has `.`, `e` or is special).
    static func doubleText(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        var text = "\(d)"
        if !text.contains(".") {
            if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                text.insert(contentsOf: ".0", at: e)
            } else {
                text += ".0"
            }
        }
        return text
    }

    private static func scalarText(_ s: String, inFlow: Bool, indent: Int) -> String {
        switch YAMLScalarStyle.choose(for: s, inFlow: inFlow) {
        case .plain: return s
        case .doubleQuoted, .literalBlock: return doubleQuoted(s)
        }
    }

    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if YAMLScalarStyle.isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += String(format: "\\x%02X", scalar.value)
                } else if scalar.value <= 0xFFFF {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out += String(format: "\\U%08X", scalar.value)
                }
            }
        }
        return out + "\""
    }

    /// `|`, `|-` or `|+` block (chomping picked from the trailing line breaks), with an explicit indentation
    /// indicator when the first line starts with a space or is blank, then the lines indented.
    private static func literalBlock(_ s: String, indent: Int) -> String {
        var trailing = 0
        for ch in s.reversed() { if ch == "\n" { trailing += 1 } else { break } }
        let chomp = trailing == 0 ? "-" : (trailing == 1 ? "" : "+")
        let firstLine = s.prefix { $0 != "\n" }
        let needsIndicator = firstLine.isEmpty || firstLine.first == " "
        var out = "|" + (needsIndicator ? "2" : "") + chomp + "\n"
        let content = trailing > 0 ? String(s.dropLast(trailing)) : s
        let pad = String(repeating: " ", count: indent)
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { out += "\n" } else { out += pad + line + "\n" }
        }
        // `|+` keeps the extra breaks: write them as empty lines.
        if trailing > 1 { out += String(repeating: "\n", count: trailing - 1) }
        return out
    }
}
