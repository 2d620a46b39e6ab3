import AttuneDomain
@testable import AttuneRules
import XCTest

/// Runs every shipped rule on its two fixture workbooks: a change to a rule (or to the engine) that stops it
/// firing where it should, or makes it fire where it should not, fails here.
final class RuleFixtureTests: XCTestCase {
    func testEveryShippedRuleHasAFixture() {
        let (engine, _) = Synthetic.engine()
        let missing = engine.rules.rules.map(\.id).filter { RuleFixtures.all[$0] == nil }
        XCTAssertEqual(missing, [], "shipped rules without a fixture")
        let stale = RuleFixtures.all.keys.filter { engine.rules[$0] == nil }.sorted()
        XCTAssertEqual(stale, [], "fixtures for rules that are not shipped")
    }

    func testEveryShippedRuleFiresOnItsFixtureAndStaysQuietOnTheOther() {
        let (engine, _) = Synthetic.engine()
        for rule in engine.rules.rules {
            guard let fixture = RuleFixtures.all[rule.id] else { continue }
            let single = RuleEngine(rules: RuleSet(rules: [rule]), prompts: engine.prompts)
            let fired = single.firings(entries: fixture.fires, now: Synthetic.now, role: fixture.role)
            XCTAssertFalse(fired.isEmpty, "\(rule.id) should fire on its fixture\n"
                           + single.explain(ruleID: rule.id, entries: fixture.fires, now: Synthetic.now, role: fixture.role))
            if let first = fired.first {
                XCTAssertTrue(first.why.contains(fixture.why), "\(rule.id) why was: \(first.why)")
                XCTAssertFalse(first.triggeringEntryIDs.isEmpty, "\(rule.id) names no triggering entry")
            }
            let quiet = single.firings(entries: fixture.quiet, now: Synthetic.now, role: fixture.role)
            XCTAssertEqual(quiet.map(\.why), [], "\(rule.id) should not fire on its quiet fixture\n"
                           + single.explain(ruleID: rule.id, entries: fixture.quiet, now: Synthetic.now, role: fixture.role))
            if let otherRole = fixture.quietRole {
                XCTAssertTrue(single.firings(entries: fixture.fires, now: Synthetic.now, role: otherRole).isEmpty,
                              "\(rule.id) should not fire for role \(otherRole)")
            }
        }
    }

    func testTheSupervisionGapWaitsUntilSessionsAreLogged() throws {
        let (engine, _) = Synthetic.engine()
        let rule = try XCTUnwrap(engine.rules["supervision.gap"])
        let single = RuleEngine(rules: RuleSet(rules: [rule]), prompts: engine.prompts)
        let noSessions = [Synthetic.note(daysAgo: 3), Synthetic.note(daysAgo: 50)]
        XCTAssertTrue(single.firings(entries: noSessions, now: Synthetic.now, role: "supervisee").isEmpty,
                      "with no session ever logged, \"never\" says nothing about a gap")
    }

    func testEachFixtureSuggestsAPromptWithStages() {
        let (engine, _) = Synthetic.engine()
        for (id, fixture) in RuleFixtures.all {
            let suggestions = engine.suggestions(entries: fixture.fires, now: Synthetic.now, role: fixture.role, limit: 10)
            guard let s = suggestions.first(where: { $0.ruleID == id }) ?? suggestions.first else {
                XCTFail("\(id): no suggestion at all"); continue
            }
            XCTAssertFalse(s.prompt.stages.isEmpty)
            XCTAssertFalse(s.prompt.models.isEmpty)
            XCTAssertFalse(s.why.isEmpty)
        }
    }
}
