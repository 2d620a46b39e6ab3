import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

final class BrowserTests: XCTestCase {
    func testBrowserListsEverythingAt80x24() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("b")))
        assertScreen(app.render(size: Size(width: 80, height: 12)), """
             Attune · Entries                              A. Lee · supervisee · 2026-11-22
             All entries                                      3 of 3 · all kinds · any date
            Date       Kind       Entry                              Tags
            2026-11-21 note       C-114 · helpless 4 · drawn toward  grief          shared
            2026-11-19 check-in   exhaustion 63 · detachment 25                     private
            2026-11-10 note       Kestrel · helpless 4 · drawn towa… grief          private





                            Enter open  / search  f kind  d dates  t trash  Esc back  ? help
            """)
    }

    func testBrowserAt40x15HidesTagsAndSharing() {
        let ctx = Fixture.context(size: Size(width: 40, height: 15))
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("b")))
        assertScreen(app.render(size: Size(width: 40, height: 15)), """
             Attune · Entries
             All entries
            Date       Kind       Entry
            2026-11-21 note       C-114 · helpless…
            2026-11-19 check-in   exhaustion 63 · …
            2026-11-10 note       Kestrel · helple…








                                 Enter / f d t Esc ?
            """)
    }

    func testSearchFindsClientCodeAndKeepsFilter() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("/")))
        for c in "kestrel" { _ = app.update(.key(.char(c))) }
        let text = app.render(size: Size(width: 80, height: 12)).text
        XCTAssertTrue(text.contains("1 of 3"), text)
        XCTAssertFalse(text.contains("C-114"))
        _ = app.update(.key(.enter))
        _ = app.update(.key(.enter))
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("Countertransference note · Kestrel"))
    }

    func testEnterSearchesTheFullTextOfEveryEntry() {
        var entries = Fixture.sampleEntries()
        var reflection = Entry(id: EntryID("20261118-0900-reflection-0004"), kind: .reflection,
                               created: Fixture.now.addingTimeInterval(-4 * 86_400), author: "A. Lee",
                               fields: ["summary": .string("After Tuesday")])
        reflection.body = "## What?\nA long day.\n\n## So what?\nThe image of a lighthouse kept coming back."
        entries.append(reflection)
        let ctx = Fixture.context(entries: entries)
        var browser = BrowserScreen(ctx: ctx)
        _ = browser.update(.key(.char("/")), ctx: ctx)
        for c in "lighthouse" { _ = browser.update(.key(.char(c)), ctx: ctx) }
        XCTAssertEqual(browser.list.visibleRows.count, 0, "the live filter sees summaries only")
        let outcome = browser.update(.key(.enter), ctx: ctx)
        XCTAssertEqual(browser.entries.map(\.id.rawValue), ["20261118-0900-reflection-0004"])
        XCTAssertEqual(outcome.message?.text, "1 entry contains “lighthouse” (full text). Esc shows all again.")
        var buffer = Buffer(width: 80, height: 12)
        browser.view(into: &buffer, area: buffer.area, ctx: ctx)
        XCTAssertTrue(buffer.text.contains("/lighthouse · full text"), buffer.text)
        _ = browser.update(.key(.escape), ctx: ctx)
        XCTAssertEqual(browser.entries.count, 4)
    }

    func testKindFilterCycles() {
        let ctx = Fixture.context()
        var browser = BrowserScreen(ctx: ctx)
        _ = browser.update(.key(.char("f")), ctx: ctx)
        XCTAssertEqual(browser.filter.kind, .note)
        XCTAssertEqual(browser.entries.count, 2)
        _ = browser.update(.key(.char("f")), ctx: ctx)
        XCTAssertEqual(browser.filter.kind, .checklist)
        XCTAssertEqual(browser.entries.count, 0)
    }

    func testDeleteGoesToTrashAndRestores() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.enter))            // open the newest entry
        _ = app.update(.key(.char("d")))
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("Move this entry to the trash? y / n"))
        _ = app.update(.key(.char("y")))
        XCTAssertEqual(ctx.entries.count, 2)
        XCTAssertEqual(app.stack.count, 1)
        _ = app.update(.key(.char("b")))
        _ = app.update(.key(.char("t")))
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("C-114"))
        _ = app.update(.key(.char("u")))
        XCTAssertEqual(ctx.entries.count, 3)
    }

    func testAnyOtherKeyKeepsTheEntry() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.enter))
        _ = app.update(.key(.char("d")))
        _ = app.update(.key(.char("n")))
        XCTAssertEqual(ctx.entries.count, 3)
    }

    func testShareToggleSaves() {
        let ctx = Fixture.context()
        var screen = EntryScreen(id: EntryID("20261110-0900-note-0003"), ctx: ctx)
        _ = screen.update(.key(.char("s")), ctx: ctx)
        XCTAssertEqual(try ctx.workbook.entry(EntryID("20261110-0900-note-0003")).shared, true)
    }
}
