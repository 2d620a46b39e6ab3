@testable import AttuneRules
import XCTest

/// One test per class of mistake: each must be reported at the right line and column with a useful sentence,
/// and the good rules around the broken one must still load.
final class ParserErrorTests: XCTestCase {
    private let good1 = "rule good.one\n  when latest(checkin.exhaustion) >= 70\n  prompt p1\n  why \"{latest(checkin.exhaustion)}\"\nend\n"
    private let good2 = "rule good.two\n  when count(note, 7d) >= 1\n  prompt p2\n  why \"{count(note, 7d)} notes\"\nend\n"

    /// Puts `body` between two good rules and checks the single error: on the line holding `at` (first
    /// occurrence after the good rule), at its column, with `message` in the sentence.
    private func expectError(_ body: String, at marker: String, _ message: String, line file: UInt = #line) {
        let text = good1 + body + "\n" + good2
        let (rules, diagnostics) = RuleParser.parse(text: text, file: "t.rules")
        let errors = diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 1, "errors: \(errors)", line: file)
        guard let error = errors.first else { return }
        let lines = text.components(separatedBy: "\n")
        let goodLines = good1.components(separatedBy: "\n").count - 1
        var expected: (Int, Int)?
        for (i, l) in lines.enumerated() where i >= goodLines {
            if let r = l.range(of: marker) { expected = (i + 1, l.distance(from: l.startIndex, to: r.lowerBound) + 1); break }
        }
        XCTAssertEqual(error.line, expected?.0, "line of: \(error)", line: file)
        XCTAssertEqual(error.column, expected?.1, "column of: \(error)", line: file)
        XCTAssertTrue(error.message.contains(message), "message: \(error.message)", line: file)
        XCTAssertTrue(error.description.hasPrefix("t.rules:\(error.line):\(error.column): error: "), line: file)
        XCTAssertEqual(rules.map(\.id).filter { $0.hasPrefix("good.") }, ["good.one", "good.two"], "good rules must load", line: file)
    }

    private func rule(_ condition: String, why: String = "\"{count(any)}\"") -> String {
        "rule bad\n  when \(condition)\n  prompt p\n  why \(why)\nend"
    }

    func testLexicalErrors() {
        expectError(rule("count(note) >= 1 @"), at: "@", "Unexpected character '@'")
        expectError(rule("count(note) >= 1", why: "\"unterminated"), at: "\"unterminated", "no closing '\"'")
        expectError(rule("count(note, 30x) >= 1"), at: "30x", "Unknown unit 'x'")
        expectError(rule("count(note) ! 1"), at: "!", "'!=' for \"is not\"")
        expectError(rule("count(note) >= 1", why: "\"a \\q\""), at: "\"a", "Unknown escape")
        expectError(rule("count(note) >= " + String(repeating: "9", count: 400)), at: "999", "too large")
        expectError(rule("count(note) >= 1 \u{1}"), at: "\u{1}", "U+1")
    }

    func testStatementErrors() {
        expectError("hello", at: "hello", "Expected 'rule' or 'disable'")
        expectError("rule 12\n  when count(note) >= 1\nend", at: "12", "Expected a rule id")
        expectError("disable 7", at: "7", "Expected the id of a rule to disable")
        expectError("rule bad\n  wen count(note) >= 1\nend", at: "wen", "Expected a clause")
        expectError("rule bad\n  when count(note) >= 1\n  when count(note) >= 2\n  prompt p\n  why \"x\"\nend",
                    at: "when count(note) >= 2", "second 'when' clause")
        expectError("rule bad\n  priority 101\nend", at: "101", "from 0 to 100")
        expectError("rule bad\n  when count(note) >= 1\n  prompt p\nend", at: "rule bad", "no 'why' clause")
        expectError("rule bad\n  when count(note) >= 1\n  prompt 3\nend", at: "3", "Expected a prompt id")
        expectError("rule bad\n  when count(note) >= 1\n  prompt p\n  why 42\nend", at: "42", "Expected quoted text after 'why'")
        expectError("rule good.one\n  when count(note) >= 1\n  prompt p\n  why \"{count(note)}\"\nend", at: "rule good.one", "already used at line 1")
    }

    func testMissingEnd() {
        let (rules, diagnostics) = RuleParser.parse(text: good1 + "rule open\n  when count(note) >= 1\n" + good2, file: "t.rules")
        XCTAssertEqual(diagnostics.map(\.message), ["Rule 'open' (line 6) has no 'end' before the next rule."])
        XCTAssertEqual(diagnostics.first?.location, SourceLocation(line: 8, column: 1))
        XCTAssertEqual(rules.map(\.id), ["good.one", "good.two"])
        let (_, atEnd) = RuleParser.parse(text: "rule open\n  when count(note) >= 1", file: "t.rules")
        XCTAssertEqual(atEnd.map(\.message), ["Rule 'open' (line 1) has no 'end'."])
    }

    func testExpressionSyntaxErrors() {
        expectError(rule(">= 3"), at: ">=", "Expected a value")
        expectError(rule("(count(note) >= 3"), at: "prompt", "Expected ')' to close")
        expectError(rule("count(note 3) >= 1"), at: "3)", "Expected ',' or ')'")
        expectError(rule("1 < count(note) < 3"), at: "< 3", "cannot be chained")
        expectError(rule("count(note, last 0) >= 1"), at: "0)", "whole number of entries after 'last'")
        expectError(rule("count(note, per 3) >= 1"), at: "3)", "what to group by")
        expectError(rule(String(repeating: "(", count: 60) + "count(note) >= 1" + String(repeating: ")", count: 60)),
                    at: String(repeating: "(", count: 12) + "count", "nested more than")
        expectError(rule(String(repeating: "not ", count: 60) + "count(note) >= 1"), at: "not not not not not not not not not not not not count", "nested more than")
    }

    func testMeaningErrors() {
        expectError(rule("lates(checkin.exhaustion) >= 3"), at: "lates", "Unknown function 'lates'")
        expectError(rule("latest(checkin.exhaustion, 3d) >= 3"), at: "latest", "takes 1 argument, not 2")
        expectError(rule("latest(checkin.exhaustin) >= 3"), at: "checkin.exhaustin", "Unknown score 'checkin.exhaustin'")
        expectError(rule("count(notes) >= 3"), at: "notes", "Unknown entry kind 'notes'")
        expectError(rule("days_since(chekin) >= 3"), at: "chekin", "Unknown entry kind 'chekin'")
        expectError(rule("count(note where colour = red) >= 3"), at: "colour", "Unknown field 'colour'")
        expectError(rule("count(checkin where barrier = fatigue) >= 3"), at: "barrier", "checkin entries have no 'barrier'")
        expectError(rule("count(checklist where barrier = fatige) >= 3"), at: "fatige", "Unknown barrier 'fatige'")
        expectError(rule("count(note where direction = sideways) >= 3"), at: "sideways", "Unknown direction 'sideways'")
        expectError(rule("count(note where direction >= 3) >= 3"), at: ">= 3)", "compare it with = or !=")
        expectError(rule("count(note where intensity = toward) >= 3"), at: "toward", "'intensity' is a number")
        expectError(rule("count(note where text = \"rescue\") >= 3"), at: "= \"rescue\"", "matched with contains")
        expectError(rule("count(note where flagged = yes) >= 1"), at: "flagged", "yes or no")
        expectError(rule("client contains \"C-1\""), at: "contains", "inside count(")
        expectError(rule("count(note) >= 3d"), at: "3d", "can only be a window or period")
        expectError(rule("flagged"), at: "flagged", "count them")
        expectError(rule("count(note)"), at: "count", "gives a number, not yes or no")
        expectError(rule("count(note, 7d, last 3) >= 1"), at: "last 3", "more than one window")
        expectError(rule("count(note, per client) >= 1 and count(checklist, per barrier) >= 1"), at: "per barrier", "already groups per client")
        expectError(rule("count(note, per colour) >= 1"), at: "per colour", "Unknown grouping")
        expectError(rule("count(checkin, per client) >= 1"), at: "per client", "no client to group by")
        expectError(rule("count(note, 7d where flagged) >= 1"), at: "where", "'where' belongs right after")
        expectError(rule("role = trainee"), at: "trainee", "Unknown role 'trainee'")
        expectError(rule("role >= supervisee"), at: ">=", "only be compared with = or !=")
        expectError(rule("change(checkin.exhaustion, 3) >= 1"), at: "3)", "needs a period")
        expectError(rule("checkin.exhaustion >= 1"), at: "checkin.exhaustion", "pick one, e.g. latest")
    }

    func testWhyTemplateErrors() {
        expectError(rule("count(note) >= 1", why: "\"open {count(note)\""), at: "{count", "no closing '}'")
        expectError(rule("count(note) >= 1", why: "\"stray } here\""), at: "} here", "no opening '{'")
        expectError(rule("count(note) >= 1", why: "\"empty {} here\""), at: "{}", "Empty placeholder")
        expectError(rule("count(note) >= 1", why: "\"bad {latest(cheese)}\""), at: "cheese", "Unknown score 'cheese'")
        expectError(rule("count(note) >= 1", why: "\"two {count(note) count(note)}\""), at: "count(note)}", "a placeholder holds one value")
        expectError(rule("count(note) >= 1", why: "\"for {client}\""), at: "client}", "no 'per client'")
        expectError(rule("count(note) >= 1", why: "\"{count(note, per client)}\""), at: "per client", "the condition does not group")
    }

    func testEscapedBracesAreLiteral() {
        let (rules, diagnostics) = RuleParser.parse(text: "rule r\n when count(note) >= 1\n prompt p\n why \"a \\{b\\} {count(note)}\"\nend", file: "t")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(rules.first?.why.parts.first, .text("a {b} "))
    }

    func testUnknownPromptIsReportedAtItsReferenceAndOtherPromptsKept() {
        let library = PromptLibrary(prompts: [Prompt(id: "p1", text: "Q?", models: ["gibbs"], situations: ["general"])])
        let diagnostics = RuleLinter.check(text: "rule r\n when count(note) >= 1\n prompt p1, nope\n why \"{count(note)}\"\nend",
                                           file: "t.rules", prompts: library)
        XCTAssertEqual(diagnostics.map(\.description), ["t.rules:3:13: error: Rule 'r' names prompt 'nope', which is not in the prompt library."])
    }

    func testLintWarnsWhenWhyNamesNoData() {
        let library = PromptLibrary(prompts: [Prompt(id: "p1", text: "Q?", models: ["gibbs"], situations: ["general"])])
        let diagnostics = RuleLinter.check(text: "rule r\n when count(note, per client) >= 1\n prompt p1\n why \"something\"\nend",
                                           file: "t.rules", prompts: library)
        XCTAssertEqual(diagnostics.map(\.severity), [.warning, .warning])
        XCTAssertTrue(diagnostics[0].message.contains("names no data"))
        XCTAssertTrue(diagnostics[1].message.contains("add {client}"))
    }
}
