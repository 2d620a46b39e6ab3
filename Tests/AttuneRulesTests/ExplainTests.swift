import AttuneDomain
@testable import AttuneRules
import XCTest

final class ExplainTests: XCTestCase {
    func testExplainShowsInputsValuesAndOutcome() {
        let (engine, _) = Synthetic.engine()
        let fixture = RuleFixtures.all["burnout.pulse-rising"]!
        let text = engine.explain(ruleID: "burnout.pulse-rising", entries: fixture.fires, now: Synthetic.now, role: "supervisee")
        print(text)
        XCTAssertTrue(text.contains("Looks at: latest(checkin.exhaustion); change(checkin.exhaustion, 21d)"), text)
        XCTAssertTrue(text.contains("[yes] latest(checkin.exhaustion) >= 50   (saw 75)"), text)
        XCTAssertTrue(text.contains("[yes] change(checkin.exhaustion, 21d) >= 20   (saw +30)"), text)
        XCTAssertTrue(text.contains("Result: fires. Why: exhaustion 75 (was 45 three weeks ago)"), text)

        let quiet = engine.explain(ruleID: "burnout.pulse-rising", entries: fixture.quiet, now: Synthetic.now, role: "supervisee")
        XCTAssertTrue(quiet.contains("[no]  change(checkin.exhaustion, 21d) >= 20   (saw +10)"), quiet)
        XCTAssertTrue(quiet.contains("Result: does not fire"), quiet)
    }

    func testExplainOfAGroupedRuleNamesEachValue() {
        let (engine, _) = Synthetic.engine()
        let fixture = RuleFixtures.all["ct.strong-reaction"]!
        let text = engine.explain(ruleID: "ct.strong-reaction", entries: fixture.fires, now: Synthetic.now, role: "supervisee")
        print(text)
        XCTAssertTrue(text.contains("client C-07: fires"), text)
        XCTAssertTrue(text.contains("client C-02: does not fire"), text)
        XCTAssertTrue(text.contains("Result: fires for 1 client value: C-07."), text)
    }

    func testExplainWithMissingDataAndUnknownRule() {
        let (engine, _) = Synthetic.engine()
        let text = engine.explain(ruleID: "burnout.pulse-high", entries: [], now: Synthetic.now, role: "supervisee")
        XCTAssertTrue(text.contains("(saw no data; no data, so no)"), text)
        let unknown = engine.explain(ruleID: "burnout.nope", entries: [], now: Synthetic.now, role: "supervisee")
        XCTAssertTrue(unknown.hasPrefix("No rule 'burnout.nope' is loaded. Loaded rules: burnout.pulse-high"), unknown)
    }
}
