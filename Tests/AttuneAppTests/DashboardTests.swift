import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

final class DashboardTests: XCTestCase {
    func testDashboardAt80x24() {
        let ctx = Fixture.context()
        let app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        assertScreen(app.render(size: Size(width: 80, height: 24)), """
             Attune · Dashboard                            A. Lee · supervisee · 2026-11-22
             Recent entries                                       Due
             2026-11-21  note       C-114 · helpless 4 · drawn t… Check-in
             2026-11-19  check-in   (private) exhaustion 63 · de…   last 3 days ago
             2026-11-10  note       (private) Kestrel · helpless… Supervision
                                                                    none yet
                                                                  To bring
                                                                    1 note(s) flagged for …

                                                                  Latest pulse
                                                                    exhaustion          63
                                                                    detachment          25







             Suggested reflections
             Suggestions appear here once rules are loaded.


                         n note  c checklist  i check-in  b browse  / search  q quit  ? help
            """)
    }

    func testDashboardAt40x15StacksPanels() {
        let ctx = Fixture.context(size: Size(width: 40, height: 15))
        let app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        assertScreen(app.render(size: Size(width: 40, height: 15)), """
             Attune · Dashboard
             Check-in: last 3 days ago
             Supervision: none yet
             To bring: 1 note(s) flagged for superv…

             Recent entries
             11-21 note     C-114 · helpless 4 · dr…
             11-19 check-in (private) exhaustion 63…
             11-10 note     (private) Kestrel · hel…

             Suggested reflections
             Suggestions appear here once rules are


                                       n c i b / q ?
            """)
    }

    func testEmptyWorkbookSaysWhatToDo() {
        let ctx = Fixture.context(entries: [])
        let text = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx)).render(size: Size(width: 80, height: 24)).text
        XCTAssertTrue(text.contains("Nothing written yet. Press n for a note"), text)
        XCTAssertTrue(text.contains("none yet"))
    }

    func testCheckInDueAfterCadence() {
        let old = Fixture.checkin("20261101-0900-checkin-0009", daysAgo: 21, exhaustion: 40)
        let due = DueItems.compute(entries: [old], now: Fixture.now, settings: AppSettings(checkinCadenceDays: 7))
        XCTAssertEqual(due.first?.urgency, .due)
        XCTAssertEqual(due.first?.detail, "due · last 21 days ago")
        let fresh = DueItems.compute(entries: [old], now: Fixture.now, settings: AppSettings(checkinCadenceDays: 30))
        XCTAssertEqual(fresh.first?.urgency, .ok)
    }

    func testArrowsMoveSelectionAndEnterOpensEntry() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.down))
        _ = app.update(.key(.char("j")))
        _ = app.update(.key(.enter))
        XCTAssertEqual(app.stack.count, 2)
        let text = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertTrue(text.contains("Countertransference note · Kestrel"), text)
        _ = app.update(.key(.escape))
        XCTAssertEqual(app.stack.count, 1)
    }
}
