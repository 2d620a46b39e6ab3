import AttuneDomain
@testable import AttuneRules
import Foundation
import XCTest

/// Seeded SplitMix64 (Steele, Lea & Flood 2014), so every run tries the same cases and a failure reproduces.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random rule text never crashes the parser; every diagnostic is well formed; every rule that parses also
/// survives printing and re-parsing unchanged and evaluating on a small workbook.
final class ParserPropertyTests: XCTestCase {
    static let vocabulary: [String] = [
        "rule", "end", "when", "prompt", "prompts", "why", "group", "priority", "title", "disable", "and", "or", "not",
        "where", "per", "last", "all", "any", "contains", "count", "latest", "previous", "change", "was", "days_since",
        "(", ")", ",", "=", "==", "!=", "!", "<", "<=", ">", ">=", "0", "3", "-2", "100", "4.5", "21d", "3w", "0d", "7x",
        "\"word\"", "\"{count(note)}\"", "\"{client}\"", "\"{\"", "\"}\"", "\"", "\\", "\n", "\n", "#", "{", "}",
        "checkin.exhaustion", "cbi.work", "proqol5.burnout", "note", "checklist", "checkin", "reflection", "session",
        "supervision", "client", "barrier", "family", "item", "fatigue", "special", "toward", "role", "supervisee",
        "supervisor", "text", "flagged", "waiting", "shared", "intensity", "age", "rating", "reaction", "direction",
        "r1", "p1", "é", "日本", "😀", "\u{0}", "\t", "1e999", "99999999999999999999999",
    ]

    private func check(_ text: String, evaluate: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        let (rules, diagnostics) = RuleParser.parse(text: text, file: "fuzz.rules")
        for d in diagnostics {
            XCTAssertGreaterThanOrEqual(d.line, 1, file: file, line: line)
            XCTAssertGreaterThanOrEqual(d.column, 1, file: file, line: line)
            XCTAssertFalse(d.message.isEmpty, "empty message for: \(text.debugDescription)", file: file, line: line)
        }
        for rule in rules {
            let printed = "rule \(rule.id)\n when \(rule.condition)\n prompt p\n why \"\(rule.why.description.replacingOccurrences(of: "\"", with: "\\\""))\"\nend\n"
            let (again, problems) = RuleParser.parse(text: printed, file: "again.rules")
            XCTAssertEqual(problems, [], "printed form does not parse: \(printed)", file: file, line: line)
            XCTAssertEqual(again.first?.condition, rule.condition, "round trip changed: \(printed)", file: file, line: line)
            XCTAssertEqual(again.first?.why, rule.why, "why round trip changed: \(printed)", file: file, line: line)
        }
        if evaluate, !rules.isEmpty {
            let library = PromptLibrary(prompts: [Prompt(id: "p1", text: "Q?", models: ["driscoll"], situations: ["general"])])
            let engine = RuleEngine(rules: RuleSet(rules: rules), prompts: library)
            _ = engine.suggestions(entries: Self.smallWorkbook, now: Synthetic.now, role: "supervisee", limit: 10)
            _ = engine.explain(ruleID: rules[0].id, entries: Self.smallWorkbook, now: Synthetic.now, role: "supervisor")
        }
    }

    static let smallWorkbook: [Entry] = RuleFixtures.all.values.flatMap { $0.fires }

    func testRandomTokenSequencesNeverCrashTheParser() {
        var rng = SeededGenerator(state: 0xA77E)
        for _ in 0..<4_000 {
            let count = Int.random(in: 1...40, using: &rng)
            var text = Bool.random(using: &rng) ? "rule r1\n when " : ""
            for _ in 0..<count {
                text += Self.vocabulary.randomElement(using: &rng)!
                text += ["", " ", " ", "\n"].randomElement(using: &rng)!
            }
            if Bool.random(using: &rng) { text += "\n prompt p1\n why \"{count(note)}\"\nend" }
            check(text)
        }
    }

    func testRandomBytesNeverCrashTheParser() {
        var rng = SeededGenerator(state: 0xB17E5)
        for _ in 0..<4_000 {
            let bytes = (0..<Int.random(in: 0...200, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            check(String(decoding: bytes, as: UTF8.self))
        }
    }

    func testMutatedShippedRulesNeverCrashTheParser() throws {
        let folder = Synthetic.resources.appendingPathComponent("rules")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "rules" }.sorted { $0.path < $1.path }
        let sources = try files.map { Array(try String(contentsOf: $0, encoding: .utf8).unicodeScalars) }
        var rng = SeededGenerator(state: 0xC0DE)
        for round in 0..<1_500 {
            var scalars = sources.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !scalars.isEmpty {
                let at = Int.random(in: 0..<scalars.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(Self.vocabulary.randomElement(using: &rng)!.unicodeScalars.first ?? " ", at: at)
                default: scalars.removeSubrange(at..<min(scalars.count, at + Int.random(in: 1...30, using: &rng)))
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            check(text, evaluate: round % 8 == 0)  // evaluating every case would only repeat the same work
        }
    }

    func testShippedRulesRoundTrip() throws {
        let (engine, _) = Synthetic.engine()
        for rule in engine.rules.rules {
            let printed = "rule \(rule.id)\n when \(rule.condition)\n prompt p\n why \"\(rule.why.description.replacingOccurrences(of: "\"", with: "\\\""))\"\nend\n"
            let (again, problems) = RuleParser.parse(text: printed, file: "again.rules")
            XCTAssertEqual(problems, [], printed)
            XCTAssertEqual(again.first?.condition, rule.condition, printed)
            XCTAssertEqual(again.first?.why, rule.why, printed)
        }
    }
}
