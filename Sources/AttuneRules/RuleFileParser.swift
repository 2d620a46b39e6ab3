/// The statement level of a rule file: `rule <id> … end` blocks and `disable <id>` lines.
struct RuleFileParser {
    private var expressions: ExpressionParser
    private let file: String
    private var document = RuleDocument()
    private var seenIDs: [String: SourceLocation] = [:]

    init(tokens: [RuleToken], file: String) {
        expressions = ExpressionParser(tokens: tokens)
        self.file = file
    }

    private var current: RuleToken { expressions.current }
    private mutating func advance() { expressions.advance() }

    private mutating func report(_ error: RuleParseError, severity: RuleDiagnostic.Severity = .error) {
        document.diagnostics.append(RuleDiagnostic(file: file, location: error.location, severity: severity,
                                                   message: error.message))
    }

    mutating func parseFile() -> RuleDocument {
        while true {
            let token = current
            if case .end = token.kind { break }
            do {
                if token.isName("rule") {
                    if let rule = try parseRule() { document.rules.append(rule) }
                } else if token.isName("disable") {
                    advance()
                    guard case .name(let id) = current.kind else {
                        throw expressions.error("Expected the id of a rule to disable after 'disable', found \(current.display).")
                    }
                    document.disabled.append(id)
                    document.disabledLocations[id] = document.disabledLocations[id] ?? token.location
                    advance()
                } else {
                    throw expressions.error("Expected 'rule' or 'disable' to start a statement, found \(token.display).")
                }
            } catch let error as RuleParseError {
                report(error)
                recover(from: token)
            } catch {
                report(RuleParseError(location: token.location, message: "\(error)"))
                recover(from: token)
            }
        }
        return document
    }

    /// Skips to just after the next `end`, or to the next `rule`/`disable`, always moving at least one token.
    private mutating func recover(from start: RuleToken) {
        if current.location == start.location { advance() }
        while true {
            if case .end = current.kind { return }
            if current.isName("end") { advance(); return }
            if current.isName("rule") || current.isName("disable") { return }
            advance()
        }
    }

    private static let clauses = ["title", "group", "priority", "when", "prompt", "prompts", "why"]

    /// Parses one rule. Syntax errors throw (the rule is skipped); checking errors are reported and the rule
    /// is dropped after its `end`, so several mistakes in one rule are all listed.
    private mutating func parseRule() throws -> Rule? {
        let start = current
        advance()
        guard case .name(let id) = current.kind else {
            throw expressions.error("Expected a rule id after 'rule' (e.g. rule burnout.rising), found \(current.display).")
        }
        advance()
        var title: String?, group: String?, priority: Int?, condition: Condition?, why: WhyTemplate?
        var prompts: [PromptReference] = []
        var seen: Set<String> = []
        var failed = false
        var compiler = ConditionCompiler()
        while true {
            let token = current
            if token.isName("end") { advance(); break }
            guard case .name(let clause) = token.kind, Self.clauses.contains(clause) else {
                if case .end = token.kind {
                    throw expressions.error("Rule '\(id)' (line \(start.location.line)) has no 'end'.")
                }
                if token.isName("rule") {
                    throw expressions.error("Rule '\(id)' (line \(start.location.line)) has no 'end' before the next rule.")
                }
                throw expressions.error("Expected a clause (title, group, priority, when, prompt, why) or 'end' in rule '\(id)', found \(token.display).")
            }
            let single = clause == "prompts" ? "prompt" : clause
            if seen.contains(single) && single != "prompt" {
                throw expressions.error("Rule '\(id)' has a second '\(single)' clause; keep one"
                                        + (single == "when" ? " and join the conditions with 'and'." : "."))
            }
            seen.insert(single)
            advance()
            switch single {
            case "title": title = try expectString(after: "title")
            case "group": group = try expectName(after: "group")
            case "priority": priority = try expectPriority()
            case "when":
                let syntax = try expressions.parseExpression()
                // A condition must be followed by the next clause; checking that first avoids a second,
                // confusing error about the half-read condition.
                if !current.isName("end"), !Self.clauses.contains(where: current.isName), !isEnd(current) {
                    throw expressions.error("Expected 'and', 'or', a comparison, the next clause or 'end' after the condition, found \(current.display).")
                }
                do { condition = try compiler.compileCondition(syntax) } catch let e as RuleParseError {
                    report(e); failed = true
                }
            case "prompt": prompts += try parsePromptList()
            default:
                let token = current
                guard case .string(let text) = token.kind else {
                    throw expressions.error("Expected quoted text after 'why', found \(token.display).")
                }
                advance()
                do { why = try WhyTemplateParser.parse(text, token: token, compiler: &compiler) } catch let e as RuleParseError {
                    report(e); failed = true
                }
            }
        }
        let missing = ["when", "prompt", "why"].filter { !seen.contains($0) }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: " and ")
            report(RuleParseError(location: start.location, message: "Rule '\(id)' has no \(list) clause; every rule needs when, prompt and why."))
            failed = true
        }
        if let error = compiler.groupKeyConflict(condition: condition, why: why) {
            report(error)
            failed = true
        }
        if let earlier = seenIDs[id] {
            report(RuleParseError(location: start.location, message: "Rule id '\(id)' is already used at line \(earlier.line); ids must be unique."))
            failed = true
        }
        seenIDs[id] = seenIDs[id] ?? start.location
        guard !failed, let condition, let why else { return nil }
        return Rule(id: id, title: title, group: group, priority: priority ?? 50, condition: condition, prompts: prompts,
                    why: why, file: file, location: start.location)
    }

    private func isEnd(_ token: RuleToken) -> Bool {
        if case .end = token.kind { return true }
        return token.isName("rule")
    }

    private mutating func expectString(after clause: String) throws -> String {
        guard case .string(let s) = current.kind else {
            throw expressions.error("Expected quoted text after '\(clause)', found \(current.display).")
        }
        advance()
        return s
    }

    private mutating func expectName(after clause: String) throws -> String {
        guard case .name(let s) = current.kind else {
            throw expressions.error("Expected a name after '\(clause)', found \(current.display).")
        }
        advance()
        return s
    }

    private mutating func expectPriority() throws -> Int {
        guard case .number(let n) = current.kind, n == n.rounded(), n >= 0, n <= 100 else {
            throw expressions.error("Expected a whole number from 0 to 100 after 'priority', found \(current.display).")
        }
        advance()
        return Int(n)
    }

    private mutating func parsePromptList() throws -> [PromptReference] {
        var result: [PromptReference] = []
        while true {
            let token = current
            switch token.kind {
            case .name(let id): result.append(.library(id: id, location: token.location))
            case .string(let text):
                guard !text.allSatisfy(\.isWhitespace) else {
                    throw expressions.error("An inline prompt needs some text.")
                }
                result.append(.inline(text: text))
            default:
                throw expressions.error("Expected a prompt id or quoted prompt text after 'prompt', found \(token.display).")
            }
            advance()
            guard case .comma = current.kind else { return result }
            advance()
        }
    }
}
