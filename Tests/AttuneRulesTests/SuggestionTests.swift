import AttuneDomain
@testable import AttuneRules
import Foundation
import XCTest

final class SuggestionTests: XCTestCase {
    typealias S = Synthetic

    private var burnoutAndWaiting: [Entry] {
        [S.checkin(daysAgo: 21, ["exhaustion": 45]), S.checkin(daysAgo: 1, ["exhaustion": 80]),
         S.session(daysAgo: 30), S.note(daysAgo: 20, client: "C-04", forSupervision: "Ask about the silence")]
    }

    func testRankedByPriorityWithOneSuggestionPerGroup() {
        let (engine, _) = S.engine()
        let firings = engine.firings(entries: burnoutAndWaiting, now: S.now, role: "supervisee")
        XCTAssertTrue(Set(firings.map(\.rule.id)).isSuperset(of: ["burnout.pulse-high", "burnout.pulse-rising", "supervision.waiting"]))
        let suggestions = engine.suggestions(entries: burnoutAndWaiting, now: S.now, role: "supervisee", limit: 10)
        XCTAssertEqual(suggestions.map(\.ruleID), ["burnout.pulse-high", "supervision.waiting"])
        XCTAssertEqual(suggestions[0].why, "exhaustion 80 on your latest check-in (previous 45)")
        XCTAssertEqual(suggestions[0].priority, 80)
        XCTAssertEqual(Set(suggestions.map(\.group)).count, suggestions.count)
        XCTAssertEqual(engine.suggestions(entries: burnoutAndWaiting, now: S.now, role: "supervisee", limit: 1).map(\.ruleID),
                       ["burnout.pulse-high"])
        XCTAssertEqual(engine.suggestions(entries: burnoutAndWaiting, now: S.now, role: "supervisee", limit: 0), [])
    }

    func testEqualPriorityRanksNewerDataFirstAndEachPromptOnce() {
        let p = Prompt(id: "shared", text: "Q?", models: ["driscoll"], situations: ["general"])
        let q = Prompt(id: "other", text: "R?", models: ["gibbs"], situations: ["general"])
        let text = """
        rule old.notes
          priority 50
          when count(note, 60d) >= 1 and days_since(note) >= 10
          prompt shared
          why "{count(note, 60d)} notes"
        end
        rule new.checkins
          priority 50
          when count(checkin, 60d) >= 1
          prompt shared
          why "{count(checkin, 60d)} check-ins"
        end
        rule third
          priority 50
          when count(checkin, 60d) >= 1
          prompt shared, other
          why "{count(checkin, 60d)} check-ins"
        end
        """
        let (rules, problems) = RuleParser.parse(text: text, file: "t")
        XCTAssertEqual(problems, [])
        let engine = RuleEngine(rules: RuleSet(rules: rules), prompts: PromptLibrary(prompts: [p, q]))
        let entries = [S.note(daysAgo: 20), S.checkin(daysAgo: 2, ["exhaustion": 10])]
        let suggestions = engine.suggestions(entries: entries, now: S.now, role: "supervisee", limit: 10)
        // new.checkins has the newer data, takes "shared"; old.notes has no other prompt; third falls back to "other".
        XCTAssertEqual(suggestions.map(\.ruleID), ["new.checkins", "third"])
        XCTAssertEqual(suggestions.map(\.prompt.id), ["shared", "other"])
    }

    func testDismissedSuggestionReturnsOnlyWhenItsDataChanges() throws {
        let (engine, _) = S.engine()
        var entries = burnoutAndWaiting
        let first = engine.suggestions(entries: entries, now: S.now, role: "supervisee")
        let top = try XCTUnwrap(first.first)
        var dismissals = Dismissals()
        dismissals.dismiss(top, at: S.now)
        XCTAssertFalse(engine.suggestions(entries: entries, now: S.now, role: "supervisee", dismissals: dismissals)
            .contains { $0.ruleID == "burnout.pulse-high" })
        // Unrelated new data does not bring it back, even later.
        entries.append(S.reflection(daysAgo: 0.5))
        entries.append(S.note(daysAgo: 0.2, client: "C-30"))
        XCTAssertFalse(engine.suggestions(entries: entries, now: S.now.addingTimeInterval(86_400), role: "supervisee", dismissals: dismissals)
            .contains { $0.ruleID == "burnout.pulse-high" })
        // A new check-in is new data behind the rule: it returns with a new fingerprint.
        entries.append(S.checkin(daysAgo: 0.1, ["exhaustion": 85]))
        let again = engine.suggestions(entries: entries, now: S.now, role: "supervisee", dismissals: dismissals)
        let back = try XCTUnwrap(again.first { $0.ruleID == "burnout.pulse-high" })
        XCTAssertNotEqual(back.fingerprint, top.fingerprint)
        XCTAssertEqual(back.why, "exhaustion 85 on your latest check-in (previous 80)")
    }

    func testEditingAnEntryChangesTheFingerprint() throws {
        let (engine, _) = S.engine()
        var entries = burnoutAndWaiting
        let before = try XCTUnwrap(engine.suggestions(entries: entries, now: S.now, role: "supervisee").first)
        entries[1].updated = entries[1].updated.addingTimeInterval(60)
        let after = try XCTUnwrap(engine.suggestions(entries: entries, now: S.now, role: "supervisee").first)
        XCTAssertEqual(before.ruleID, after.ruleID)
        XCTAssertNotEqual(before.fingerprint, after.fingerprint)
        XCTAssertEqual(before.fingerprint, engine.suggestions(entries: burnoutAndWaiting, now: S.now, role: "supervisee").first?.fingerprint,
                       "fingerprints are stable across evaluations")
    }

    func testSnoozeHidesUntilItsDate() throws {
        let (engine, _) = S.engine()
        let top = try XCTUnwrap(engine.suggestions(entries: burnoutAndWaiting, now: S.now, role: "supervisee").first)
        var dismissals = Dismissals()
        dismissals.snooze(top, until: S.now.addingTimeInterval(7 * 86_400))
        let during = engine.suggestions(entries: burnoutAndWaiting, now: S.now.addingTimeInterval(86_400), role: "supervisee", dismissals: dismissals)
        XCTAssertFalse(during.contains { $0.ruleID == top.ruleID })
        // While snoozed, the next rule of the same group may stand in for it.
        XCTAssertTrue(during.contains { $0.ruleID == "burnout.pulse-rising" } || !during.contains { $0.group == "burnout" })
        let later = engine.suggestions(entries: burnoutAndWaiting, now: S.now.addingTimeInterval(8 * 86_400), role: "supervisee", dismissals: dismissals)
        XCTAssertTrue(later.contains { $0.ruleID == top.ruleID })
        dismissals.prune(now: S.now.addingTimeInterval(8 * 86_400))
        XCTAssertEqual(dismissals.snoozed, [:])
    }

    func testSnoozeOfAGroupedRuleIsPerValue() {
        let (engine, _) = S.engine()
        let entries = [S.note(daysAgo: 2, client: "C-01", reactions: [("hostile", 5)]), S.note(daysAgo: 3, client: "C-02", reactions: [("helpless", 4)])]
        let first = engine.suggestions(entries: entries, now: S.now, role: "supervisee").filter { $0.ruleID == "ct.strong-reaction" }
        XCTAssertEqual(first.map(\.groupValue), ["C-01"], "newest data first, one per group")
        var dismissals = Dismissals()
        dismissals.snooze(first[0], until: S.now.addingTimeInterval(86_400))
        let next = engine.suggestions(entries: entries, now: S.now, role: "supervisee", dismissals: dismissals).filter { $0.ruleID == "ct.strong-reaction" }
        XCTAssertEqual(next.map(\.groupValue), ["C-02"])
        XCTAssertEqual(next.first?.snoozeKey, "ct.strong-reaction/C-02")
    }

    func testDismissalsAreASmallCodableValue() throws {
        var d = Dismissals()
        d.dismissed["00aa"] = S.now
        d.snoozed["lapse.no-checkin"] = S.now.addingTimeInterval(3600)
        let data = try JSONEncoder().encode(d)
        XCTAssertEqual(try JSONDecoder().decode(Dismissals.self, from: data), d)
        XCTAssertEqual(try JSONDecoder().decode(Dismissals.self, from: Data("{}".utf8)), Dismissals())
        d.prune(now: S.now.addingTimeInterval(500 * 86_400))
        XCTAssertEqual(d, Dismissals())
    }

    func testEntriesAfterNowAreIgnored() {
        let (engine, _) = S.engine()
        let entries = [S.checkin(daysAgo: 5, ["exhaustion": 30]), S.checkin(daysAgo: -3, ["exhaustion": 95])]
        XCTAssertFalse(engine.suggestions(entries: entries, now: S.now, role: "supervisee").contains { $0.group == "burnout" })
    }

    func testTextConditionsReadSummariesWithoutBody() {
        let (engine, _) = S.engine()
        // An index summary: no body, but the for_supervision field still carries words.
        let summary = S.note(daysAgo: 3, client: "C-08", forSupervision: "I keep wanting to rescue her", text: "")
        XCTAssertTrue(engine.firings(entries: [summary], now: S.now, role: "supervisee").contains { $0.rule.id == "ct.rescuing" })
    }

    func testWholeWordAndPrefixMatching() {
        func has(_ text: String, _ word: String) -> Bool { TextMatch.containsWord(Array(text.lowercased().utf8), word) }
        XCTAssertTrue(has("I wanted to Rescue him.", "rescue"))
        XCTAssertFalse(has("rescued", "rescue"))
        XCTAssertTrue(has("rescued", "rescu*"))
        XCTAssertFalse(has("prescue", "rescu*"))
        XCTAssertTrue(has("said: I know how you feel!", "i know how you feel"))
        XCTAssertFalse(has("i know how you feeling", "i know how you feel"))
        XCTAssertFalse(has("sauvé rescue", "sauv"))
        XCTAssertFalse(has("", "x"))
        XCTAssertFalse(has("a", "*"))
    }
}
