import Foundation

/// Splits a why text into literal parts and `{…}` placeholders; each placeholder is parsed and checked with the
/// same grammar as conditions, and its errors point into the string.
enum WhyTemplateParser {
    static func parse(_ text: String, token: RuleToken, compiler: inout ConditionCompiler) throws -> WhyTemplate {
        let scalars = Array(text.unicodeScalars)
        var parts: [WhyTemplate.Part] = []
        var literal = ""
        var i = 0
        // Location of scalar i: the string is on one line; +1 for the opening quote.
        func location(_ i: Int) -> SourceLocation {
            SourceLocation(line: token.location.line, column: token.location.column + 1 + i)
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\\", i + 1 < scalars.count, scalars[i + 1] == "{" || scalars[i + 1] == "}" {
                literal.unicodeScalars.append(scalars[i + 1])
                i += 2
                continue
            }
            if c == "}" {
                throw RuleParseError(location: location(i), message: "This '}' in the why text has no opening '{'; write \\} for a brace.")
            }
            guard c == "{" else {
                literal.unicodeScalars.append(c)
                i += 1
                continue
            }
            guard let close = scalars[(i + 1)...].firstIndex(of: "}") else {
                throw RuleParseError(location: location(i), message: "This '{' in the why text has no closing '}'.")
            }
            var inner = ""
            inner.unicodeScalars.append(contentsOf: scalars[(i + 1)..<close])
            if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
            parts.append(try placeholder(inner, at: location(i + 1), compiler: &compiler))
            i = close + 1
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return WhyTemplate(parts: parts)
    }

    private static func placeholder(_ inner: String, at start: SourceLocation, compiler: inout ConditionCompiler) throws -> WhyTemplate.Part {
        let trimmed = inner.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            throw RuleParseError(location: SourceLocation(line: start.line, column: start.column - 1), message: "Empty placeholder '{}' in the why text; put a value inside, e.g. {latest(checkin.exhaustion)}.")
        }
        if let key = GroupKey(rawValue: trimmed) {
            compiler.noteWhyGroup(key, at: start)
            return .group(key)
        }
        var parser = ExpressionParser(tokens: RuleTokenizer.tokenize(inner, line: start.line, column: start.column))
        let syntax = try parser.parseExpression()
        if case .end = parser.current.kind {} else {
            throw parser.error("Unexpected \(parser.current.display) in this placeholder; a placeholder holds one value.")
        }
        return .value(try compiler.compileNumeric(syntax))
    }
}
