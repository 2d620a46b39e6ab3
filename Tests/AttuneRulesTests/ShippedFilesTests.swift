@testable import AttuneRules
import Foundation
import XCTest

final class ShippedFilesTests: XCTestCase {
    func testShippedRulesAndPromptsLoadWithoutProblems() {
        let (library, promptProblems) = PromptLibrary.load(folder: Synthetic.resources.appendingPathComponent("prompts"))
        XCTAssertEqual(promptProblems, [], promptProblems.map(\.description).joined(separator: "\n"))
        let (engine, ruleProblems) = Synthetic.engine()
        XCTAssertEqual(ruleProblems, [], ruleProblems.map(\.description).joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(library.prompts.count, 60)
        XCTAssertGreaterThanOrEqual(engine.rules.rules.count, 15)
        let lint = RuleLinter.check(path: Synthetic.resources.appendingPathComponent("rules"), prompts: library)
        XCTAssertEqual(lint, [], lint.map(\.description).joined(separator: "\n"))
    }
}
