/// Splits rule text into tokens. Hand-written over Unicode scalars; never throws: a bad character or an
/// unterminated string becomes an `.invalid` token carrying the sentence to report.
struct RuleTokenizer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line: Int
    private var column: Int

    init(_ text: String, line: Int = 1, column: Int = 1) {
        scalars = Array(text.unicodeScalars)
        self.line = line
        self.column = column
    }

    static func tokenize(_ text: String, line: Int = 1, column: Int = 1) -> [RuleToken] {
        var t = RuleTokenizer(text, line: line, column: column)
        var result: [RuleToken] = []
        while true {
            let token = t.next()
            result.append(token)
            if case .end = token.kind { return result }
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = index + offset
        return i < scalars.count ? scalars[i] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    mutating func next() -> RuleToken {
        skipSpaceAndComments()
        let start = SourceLocation(line: line, column: column)
        let startIndex = index
        func make(_ kind: RuleToken.Kind) -> RuleToken {
            RuleToken(kind: kind, location: start, length: index - startIndex)
        }
        guard let c = peek() else { return make(.end) }
        switch c {
        case "(": advance(); return make(.leftParen)
        case ")": advance(); return make(.rightParen)
        case ",": advance(); return make(.comma)
        case "=":
            advance()
            if peek() == "=" { advance() }  // `==` is forgiven: people type it
            return make(.comparison("="))
        case "!":
            advance()
            if peek() == "=" { advance(); return make(.comparison("!=")) }
            return make(.invalid("'!' on its own means nothing here; write '!=' for \"is not\", or the word 'not'."))
        case "<", ">":
            advance()
            if peek() == "=" { advance(); return make(.comparison(String(c) + "=")) }
            return make(.comparison(String(c)))
        case "\"":
            return readString(start: start, startIndex: startIndex)
        default:
            break
        }
        if Self.isDigit(c) || (c == "-" && peek(1).map(Self.isDigit) == true) {
            return readNumber(start: start, startIndex: startIndex)
        }
        if Self.isNameStart(c) {
            var name = ""
            while let s = peek(), Self.isNameContinue(s) { name.unicodeScalars.append(s); advance() }
            return make(.name(name))
        }
        advance()
        let shown = c.properties.generalCategory == .control || c.value == 0xFFFD
            ? "U+" + String(c.value, radix: 16, uppercase: true) : "'\(Character(c))'"
        return make(.invalid("Unexpected character \(shown); rule text uses names, numbers, quoted text, "
                             + "parentheses, commas and comparisons (= != < <= > >=)."))
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                advance()
            } else if c == "#" {
                while let d = peek(), d != "\n" { advance() }
            } else {
                return
            }
        }
    }

    private mutating func readNumber(start: SourceLocation, startIndex: Int) -> RuleToken {
        var text = ""
        if peek() == "-" { text = "-"; advance() }
        while let d = peek(), Self.isDigit(d) { text.unicodeScalars.append(d); advance() }
        if peek() == ".", let after = peek(1), Self.isDigit(after) {
            text += "."
            advance()
            while let d = peek(), Self.isDigit(d) { text.unicodeScalars.append(d); advance() }
        }
        var unit = ""
        while let s = peek(), Self.isNameContinue(s) { unit.unicodeScalars.append(s); advance() }
        let length = index - startIndex
        guard let value = Double(text), value.isFinite else {
            return RuleToken(kind: .invalid("The number \(text) is too large."), location: start, length: length)
        }
        switch unit {
        case "": return RuleToken(kind: .number(value), location: start, length: length)
        case "d", "day", "days": return RuleToken(kind: .duration(value), location: start, length: length)
        case "w", "week", "weeks": return RuleToken(kind: .duration(value * 7), location: start, length: length)
        default:
            return RuleToken(kind: .invalid("Unknown unit '\(unit)' after \(text): write days as \(text)d or weeks as \(text)w."),
                             location: start, length: length)
        }
    }

    private mutating func readString(start: SourceLocation, startIndex: Int) -> RuleToken {
        advance()  // opening quote
        var value = ""
        while let c = peek() {
            if c == "\n" { break }
            advance()
            if c == "\"" {
                return RuleToken(kind: .string(value), location: start, length: index - startIndex)
            }
            if c == "\\" {
                guard let e = peek(), e != "\n" else { break }
                advance()
                switch e {
                case "n": value += "\n"
                case "t": value += "\t"
                case "\"", "\\": value.unicodeScalars.append(e)
                // Kept escaped: a why template reads `\{` as a literal brace, not a placeholder.
                case "{", "}": value += "\\"; value.unicodeScalars.append(e)
                default:
                    return RuleToken(kind: .invalid("Unknown escape '\\\(Character(e))' in quoted text; use \\\" \\\\ \\n \\{ or \\}."),
                                     location: start, length: index - startIndex)
                }
            } else {
                value.unicodeScalars.append(c)
            }
        }
        return RuleToken(kind: .invalid("This quoted text has no closing '\"' before the end of the line."),
                         location: start, length: index - startIndex)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) || c == "_"
    }
    static func isNameContinue(_ c: Unicode.Scalar) -> Bool {
        isNameStart(c) || isDigit(c) || c == "." || c == "-"
    }
}
