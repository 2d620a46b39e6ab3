import AttuneDomain
@testable import AttuneRules
import Foundation
import XCTest

final class LoadingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("attune-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testWorkbookRulesReplaceAndDisableDefaultsAndABrokenFileDoesNotStopTheRest() throws {
        let library = Synthetic.library()
        try """
        # Written by a supervisor for this supervisee.
        rule burnout.pulse-high
          title "Exhaustion above 60"
          group burnout
          priority 90
          when latest(checkin.exhaustion) >= 60
          prompt proctor.restorative.support, "What would help you rest this week?"
          why "exhaustion {latest(checkin.exhaustion)}"
        end
        disable lapse.no-reflection
        disable no.such-rule
        """.write(to: folder.appendingPathComponent("a-supervisor.rules"), atomically: true, encoding: .utf8)
        try """
        rule broken
          when latest(checkin.exhaustion >= 60
          prompt proctor.restorative.support
          why "x"
        end
        rule mine.reflect-weekly
          when days_since(reflection) >= 7 and count(note, 7d) >= 1
          prompt gibbs.short-note, missing.prompt
          why "last reflection {days_since(reflection)}"
        end
        """.write(to: folder.appendingPathComponent("b-mine.rules"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("c-binary.rules"))
        try "ignored".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

        let (set, diagnostics) = RuleSet.load(defaults: Synthetic.resources.appendingPathComponent("rules"),
                                              workbookRules: folder, prompts: library)
        let messages = diagnostics.map(\.description)
        XCTAssertEqual(set["burnout.pulse-high"]?.priority, 90)
        XCTAssertEqual(set["burnout.pulse-high"]?.title, "Exhaustion above 60")
        XCTAssertNil(set["lapse.no-reflection"])
        XCTAssertNotNil(set["mine.reflect-weekly"])
        XCTAssertNil(set["broken"])
        XCTAssertNotNil(set["supervision.waiting"], "other defaults still load")
        XCTAssertEqual(set["mine.reflect-weekly"]?.prompts.count, 1, "the unknown prompt is dropped, the known one kept")
        XCTAssertTrue(messages.contains { $0.contains("b-mine.rules:3:3: error: Expected ',' or ')' to finish the arguments of 'latest' opened at 2:8, found 'prompt'.") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("b-mine.rules:8:28: error: Rule 'mine.reflect-weekly' names prompt 'missing.prompt'") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("c-binary.rules:1:1: error: This file is not UTF-8 text") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("a-supervisor.rules:11:1: warning: 'disable no.such-rule' names no rule") }, "\(messages)")

        let engine = RuleEngine(rules: set, prompts: library)
        let entries = [Synthetic.checkin(daysAgo: 1, ["exhaustion": 64])]
        let suggestion = try XCTUnwrap(engine.suggestions(entries: entries, now: Synthetic.now, role: "supervisee").first)
        XCTAssertEqual(suggestion.ruleID, "burnout.pulse-high")
        XCTAssertEqual(suggestion.why, "exhaustion 64")
        XCTAssertTrue(["proctor.restorative.support", "burnout.pulse-high#2"].contains(suggestion.prompt.id))
    }

    func testMissingFoldersAreEmpty() {
        let (set, diagnostics) = RuleSet.load(defaults: folder.appendingPathComponent("none"), workbookRules: nil, prompts: PromptLibrary())
        XCTAssertEqual(set.rules.count, 0)
        XCTAssertEqual(diagnostics, [])
    }

    func testLinterChecksAFileOrFolder() throws {
        let file = folder.appendingPathComponent("x.rules")
        try "rule x\n  when count(note) >= 1\n  prompt gibbs.short-note\n  why \"{count(note)} notes\"\nend\nrule y\n".write(to: file, atomically: true, encoding: .utf8)
        let diagnostics = RuleLinter.check(path: file, prompts: Synthetic.library())
        XCTAssertEqual(diagnostics.map(\.description), ["\(file.path):7:1: error: Rule 'y' (line 6) has no 'end'."])
        XCTAssertEqual(RuleLinter.check(path: folder, prompts: Synthetic.library()), diagnostics)
        XCTAssertEqual(RuleLinter.check(path: folder.appendingPathComponent("nope.rules"), prompts: PromptLibrary()).first?.message,
                       "There is no file or folder here.")
    }

    func testCheckingShippedAndWorkbookRulesTogether() throws {
        try "disable lapse.no-reflection\nrule z\n  when count(note) >= 1\n  prompt gibbs.short-note\n  why \"{count(note)}\"\nend\n"
            .write(to: folder.appendingPathComponent("w.rules"), atomically: true, encoding: .utf8)
        let diagnostics = RuleLinter.check(defaults: Synthetic.resources.appendingPathComponent("rules"), workbookRules: folder,
                                           prompts: Synthetic.library())
        XCTAssertEqual(diagnostics, [])
        try "disable nothing.here\n".write(to: folder.appendingPathComponent("w.rules"), atomically: true, encoding: .utf8)
        let warned = RuleLinter.check(defaults: nil, workbookRules: folder, prompts: Synthetic.library())
        XCTAssertEqual(warned.map(\.severity), [.warning])
    }

    func testPromptFileErrors() {
        let text = """
        # comment
        models: gibbs
        [ok.one]
        models: gibbs, seven-eyed.4
        fits: ct
        text: First line
          second line.
        [no-text]
        models: gibbs
        fits: ct
        [bad.model]
        models: freud
        fits: ct
        text: Q?
        [ok.one]
        models: gibbs
        fits: ct
        text: again
        [bad key]
        colour: red
        [ok.two]
        models: proctor.normative
        fits: boundaries
        stages: One | Two
        text: Q?
        nonsense line
        """
        let (library, diagnostics) = PromptLibrary.parse(text: text, file: "p.prompts")
        XCTAssertEqual(diagnostics.map(\.description), [
            "p.prompts:2:1: error: 'models' comes before any [prompt-id] line.",
            "p.prompts:8:2: error: Prompt 'no-text' has no text; each prompt needs text, models and fits.",
            "p.prompts:11:2: error: Prompt 'bad.model' names an unknown model 'freud'; models are gibbs, driscoll, seven-eyed, proctor, bernard.",
            "p.prompts:15:2: error: Prompt id 'ok.one' is already used at line 3.",
            "p.prompts:19:2: error: Prompt id 'bad key' may use only letters, digits, '.', '-' and '_', starting with a letter.",
            "p.prompts:26:1: error: Expected 'key: value' (models, fits, stages or text), a [prompt-id] line, or a # comment.",
        ])
        XCTAssertEqual(library.prompts.map(\.id), ["ok.one"])
        XCTAssertEqual(library["ok.one"]?.text, "First line second line.")
        XCTAssertEqual(library["ok.one"]?.stages, ["Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"])
    }

    func testShippedLibraryCoversEveryModel() {
        let library = Synthetic.library()
        XCTAssertGreaterThanOrEqual(library.prompts.count, 60)
        for tag in ["gibbs", "driscoll", "seven-eyed.4", "seven-eyed.5", "seven-eyed.7", "proctor.restorative", "proctor.formative",
                    "proctor.normative", "bernard.intervention", "bernard.conceptualization", "bernard.personalization"] {
            XCTAssertGreaterThanOrEqual(library.following(tag).count, 2, tag)
        }
        // Burnout signals route to restorative prompts, boundaries to normative ones (domain.md §5).
        let (engine, _) = Synthetic.engine()
        for rule in engine.rules.rules where ["burnout", "instruments", "boundaries"].contains(rule.group) {
            let tag = rule.group == "boundaries" ? "proctor.normative" : "proctor.restorative"
            let models = rule.prompts.compactMap { ref -> [String]? in
                if case .library(let id, _) = ref { return library[id]?.models }
                return nil
            }
            XCTAssertTrue(models.contains { $0.contains(tag) }, "\(rule.id) offers no \(tag) prompt")
        }
        XCTAssertEqual(library["driscoll.what-happened"]?.stages, ["What?", "So what?", "Now what?"])
        XCTAssertEqual(library["proctor.restorative.what-drains"]?.stages.first, "How I am")
        for prompt in library.prompts {
            XCTAssertFalse(prompt.situations.isEmpty, prompt.id)
            XCTAssertGreaterThan(prompt.text.count, 40, prompt.id)
        }
    }
}
