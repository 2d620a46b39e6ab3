/// What one rule file holds: its valid rules, the default rules it turns off, and every problem found.
public struct RuleDocument: Sendable {
    public var rules: [Rule] = []
    /// Ids named by `disable <id>` statements.
    public var disabled: [String] = []
    /// Where each `disable` statement is, for messages about it.
    public var disabledLocations: [String: SourceLocation] = [:]
    public var diagnostics: [RuleDiagnostic] = []
}

/// Recursive-descent parser for rule files (grammar in docs/RULES.md). A rule with an error is left out and
/// reported with file, line, column and a sentence; parsing resumes at the next rule.
public enum RuleParser {
    public static func parse(text: String, file: String) -> (rules: [Rule], diagnostics: [RuleDiagnostic]) {
        let document = parseDocument(text: text, file: file)
        return (document.rules, document.diagnostics)
    }

    public static func parseDocument(text: String, file: String) -> RuleDocument {
        var parser = RuleFileParser(tokens: RuleTokenizer.tokenize(text), file: file)
        return parser.parseFile()
    }
}

struct RuleParseError: Error {
    var location: SourceLocation
    var message: String
}

/// Parses expressions (conditions and why placeholders) from a token list.
struct ExpressionParser {
    /// Deep nesting is refused rather than risking the stack on hostile or random input.
    static let maximumDepth = 48
    var tokens: [RuleToken]
    var position = 0
    private var depth = 0

    init(tokens: [RuleToken]) { self.tokens = tokens }

    var current: RuleToken { tokens[min(position, tokens.count - 1)] }
    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func error(_ message: String, at token: RuleToken? = nil) -> RuleParseError {
        let t = token ?? current
        if case .invalid(let lexical) = t.kind { return RuleParseError(location: t.location, message: lexical) }
        return RuleParseError(location: t.location, message: message)
    }

    mutating func parseExpression() throws -> RuleSyntax {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw error("This condition is nested more than \(Self.maximumDepth) levels deep; split it into simpler parts.")
        }
        var lhs = try parseAnd()
        while current.isName("or") {
            let at = current.location
            advance()
            lhs = .or(lhs, try parseAnd(), at)
        }
        return lhs
    }

    private mutating func parseAnd() throws -> RuleSyntax {
        var lhs = try parseUnary()
        while current.isName("and") {
            let at = current.location
            advance()
            lhs = .and(lhs, try parseUnary(), at)
        }
        return lhs
    }

    private mutating func parseUnary() throws -> RuleSyntax {
        if current.isName("not") {
            let at = current.location
            advance()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else {
                throw error("This condition is nested more than \(Self.maximumDepth) levels deep; split it into simpler parts.")
            }
            return .not(try parseUnary(), at)
        }
        return try parseComparison()
    }

    private mutating func comparisonOperator() -> String? {
        if case .comparison(let op) = current.kind { return op }
        if current.isName("contains") { return "contains" }
        return nil
    }

    private mutating func parseComparison() throws -> RuleSyntax {
        let lhs = try parsePrimary()
        if case .invalid = current.kind { throw error("") }
        guard let op = comparisonOperator() else { return lhs }
        let at = current.location
        advance()
        let rhs = try parsePrimary()
        if let again = comparisonOperator() {
            throw error("Comparisons cannot be chained ('\(op)' then '\(again)'); join two comparisons with 'and'.")
        }
        return .compare(lhs, op, rhs, at)
    }

    private mutating func parsePrimary() throws -> RuleSyntax {
        let token = current
        switch token.kind {
        case .number(let n): advance(); return .number(n, token.location)
        case .duration(let d): advance(); return .duration(d, token.location)
        case .string(let s): advance(); return .string(s, token.location)
        case .leftParen:
            advance()
            let inner = try parseExpression()
            guard case .rightParen = current.kind else {
                throw error("Expected ')' to close the '(' at \(token.location), found \(current.display).")
            }
            advance()
            return inner
        case .name(let name):
            if ["and", "or", "not", "where", "contains"].contains(name) {
                throw error("Expected a value before '\(name)'.")
            }
            advance()
            guard case .leftParen = current.kind else { return .name(name, token.location) }
            advance()
            return .call(name, try parseArguments(opening: token), token.location)
        case .invalid: throw error("")
        default:
            throw error("Expected a value (a name, a number, quoted text or '('), found \(token.display).")
        }
    }

    private mutating func parseArguments(opening: RuleToken) throws -> [RuleSyntax] {
        var arguments: [RuleSyntax] = []
        if case .rightParen = current.kind { advance(); return arguments }
        while true {
            arguments.append(try parseArgument())
            switch current.kind {
            case .comma: advance()
            case .rightParen: advance(); return arguments
            default:
                throw error("Expected ',' or ')' to finish the arguments of \(opening.display) opened at \(opening.location), found \(current.display).")
            }
        }
    }

    private mutating func parseArgument() throws -> RuleSyntax {
        let token = current
        if token.isName("last") {
            advance()
            guard case .number(let n) = current.kind, n >= 1, n == n.rounded(), n <= 100_000 else {
                throw error("Expected a whole number of entries after 'last' (e.g. last 4), found \(current.display).")
            }
            advance()
            return .last(Int(n), token.location)
        }
        if token.isName("per") {
            advance()
            guard case .name(let key) = current.kind else {
                throw error("Expected what to group by after 'per' (client, barrier, family or item), found \(current.display).")
            }
            advance()
            return .per(key, token.location)
        }
        let value = try parseExpression()
        if current.isName("where") {
            let at = current.location
            advance()
            return .filtered(value, try parseExpression(), at)
        }
        return value
    }
}
