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
                                                                    no sessions logged
                                                                  To bring
                                                                    1 note(s) flagged for …

                                                                  Latest pulse
                                                                    Exhaustion        63
                                                                    Detachment        25






             Suggested reflections
             • What in this client's story or manner touches something in your own life? Yo…
               why: 1 note(s) about C-114 in the last 14 days with a reaction of 4 or 5
             • It has been a while since you wrote a reflection. Take the session that stay…
               why: 2 notes in the last three weeks; last reflection never
              n note  c checklist  i check-in  r reflect  b browse  H scores  q quit  ? help
            """)
    }

    func testDashboardAt40x15StacksPanels() {
        let ctx = Fixture.context(size: Size(width: 40, height: 15))
        let app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        assertScreen(app.render(size: Size(width: 40, height: 15)), """
             Attune · Dashboard
             Check-in: last 3 days ago
             Supervision: no sessions logged
             To bring: 1 note(s) flagged for superv…

             Recent entries
             11-21 note     C-114 · helpless 4 · dr…
             11-19 check-in (private) exhaustion 63…
             11-10 note     (private) Kestrel · hel…
             Suggested reflections
             • What in this client's story or manne…
               why: 1 note(s) about C-114 in the la…
             • It has been a while since you wrote …
               why: 2 notes in the last three weeks…
                                     n c i r b H q ?
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

    func testFirstFrameShowsRecentEntriesThenTheRestAfterOneTick() {
        Fixture.pinTimeZone()
        let ctx = AppContext(workbook: MemoryWorkbookService(entries: Fixture.sampleEntries()), now: { Fixture.now },
                             theme: .mono, checklist: Fixture.checklist)
        AppWiring.configure(ctx, workbookURL: nil)
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        XCTAssertTrue(app.hasPendingWork)
        let first = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertTrue(first.contains("C-114 · helpless 4"), first)
        XCTAssertFalse(first.contains("last 3 days ago"), "due items wait for the full load")
        _ = app.update(.tick)
        XCTAssertFalse(app.hasPendingWork)
        let full = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertTrue(full.contains("last 3 days ago"), full)
        XCTAssertTrue(full.contains("why: "), full)
    }
}

final class DueItemsTests: XCTestCase {
    func testSupervisionIsDueOnlyOnceSessionsAreLogged() {
        let note = Fixture.note("20261121-0900-note-0001", daysAgo: 1, client: "C-1")
        let none = DueItems.compute(entries: [note], now: Fixture.now, settings: AppSettings())
        XCTAssertEqual(none[1], DueItem(title: "Supervision", detail: "no sessions logged", urgency: .ok))
        let session = Entry(id: EntryID("20261101-0900-session-0001"), kind: .session,
                            created: Fixture.now.addingTimeInterval(-20 * 86_400), author: "A. Lee")
        let logged = DueItems.compute(entries: [note, session], now: Fixture.now, settings: AppSettings())
        XCTAssertEqual(logged[1].urgency, .due)
        XCTAssertEqual(logged[1].detail, "due · last 20 days ago")
    }
}
