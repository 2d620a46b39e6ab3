/// A position in a rule file, 1-based, counted in Unicode scalars so it matches what an editor shows for text.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// One token of the rule language. Keywords are plain names; the parser gives them meaning by position.
struct RuleToken: Sendable {
    enum Kind: Sendable, Equatable {
        case name(String)
        case number(Double)
        /// A length of time, always held in days (`21d`, `3w`).
        case duration(Double)
        case string(String)
        case leftParen, rightParen, comma
        /// `=`, `!=`, `<`, `<=`, `>`, `>=`
        case comparison(String)
        /// A lexical error; the message is reported by the parser, which then skips the rule it is in.
        case invalid(String)
        case end
    }
    var kind: Kind
    var location: SourceLocation
    /// Where the token's text ends (exclusive), so a string's placeholders can be located inside it.
    var length: Int

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .name(let n): return "'\(n)'"
        case .number(let n): return "the number \(RuleFormat.number(n))"
        case .duration(let d): return "the duration \(RuleFormat.number(d))d"
        case .string: return "a quoted text"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .comma: return "','"
        case .comparison(let op): return "'\(op)'"
        case .invalid: return "an invalid character"
        case .end: return "the end of the file"
        }
    }

    func isName(_ word: String) -> Bool {
        if case .name(let n) = kind { return n == word }
        return false
    }
}
