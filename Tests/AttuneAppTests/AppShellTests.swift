import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

/// Global keys: help, command line, privacy screen, quit, and what happens to typed text.
final class AppShellTests: XCTestCase {
    func testHelpOverlayOpensAndCloses() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("?")))
        var text = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertTrue(text.contains("Help · Dashboard"), text)
        XCTAssertTrue(text.contains("new countertransference note"), text)
        _ = app.update(.key(.end))   // the global keys are at the bottom of a long help
        text = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertTrue(text.contains("privacy screen: hide everything"), text)
        _ = app.update(.key(.escape))
        text = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertFalse(text.contains("Help · Dashboard"))
        XCTAssertEqual(app.stack.count, 1, "Esc closes help, it does not go back")
    }

    func testPrivacyScreenHidesEverythingUntilAKey() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.ctrl("p")))
        let hidden = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertFalse(hidden.contains("C-114"))
        XCTAssertTrue(hidden.contains("screen hidden"))
        let effects = app.update(.key(.char("q")))
        XCTAssertEqual(effects, [], "the key that lifts the privacy screen does nothing else")
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("C-114"))
    }

    func testCommandLineBrowseAndUnknownCommand() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char(":")))
        for c in "frobnicate" { _ = app.update(.key(.char(c))) }
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.hasSuffix(":frobnicate"))
        _ = app.update(.key(.enter))
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("Unknown command “frobnicate”"))
        _ = app.update(.key(.char(":")))
        for c in "browse" { _ = app.update(.key(.char(c))) }
        _ = app.update(.key(.enter))
        XCTAssertEqual(app.top.title, "Entries")
    }

    func testQQuitsOnlyFromTheDashboard() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("b")))
        XCTAssertEqual(app.update(.key(.char("q"))), [])
        XCTAssertEqual(app.stack.count, 1)
        XCTAssertEqual(app.update(.key(.char("q"))), [.quit])
    }

    func testControlQQuitsFromAnywhere() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("b")))
        _ = app.update(.key(.char("/")))
        XCTAssertEqual(app.update(.key(.ctrl("q"))), [.quit])
    }

    func testUnreadableFilesAreAnnouncedOnce() {
        let service = MemoryWorkbookService(entries: Fixture.sampleEntries())
        service.problems = ["entries/2026/11/x.md:3:1: not valid YAML"]
        Fixture.pinTimeZone()
        let ctx = AppContext(workbook: service, now: { Fixture.now }, theme: .mono, checklist: Fixture.checklist)
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.tick)  // the full load after the first frame finds them
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("1 file(s) could not be read"))
        _ = app.update(.key(.char("j")))
        XCTAssertFalse(app.render(size: Size(width: 80, height: 24)).text.contains("could not be read"))
    }
}

final class KeyBindingTests: XCTestCase {
    func testKeyNamesReadAsTheHelpWritesThem() {
        XCTAssertEqual(Key(name: "F2"), .function(2))
        XCTAssertEqual(Key(name: "^S"), .ctrl("s"))
        XCTAssertEqual(Key(name: "C-q"), .ctrl("q"))
        XCTAssertEqual(Key(name: "Esc"), .escape)
        XCTAssertEqual(Key(name: "S-Tab"), .backTab)
        XCTAssertEqual(Key(name: "PgDn"), .pageDown)
        XCTAssertEqual(Key(name: "Space"), .char(" "))
        XCTAssertEqual(Key(name: "é"), .char("é"))
        XCTAssertNil(Key(name: "F13"))
        XCTAssertNil(Key(name: "Ctrl+Alt+X"))
    }

    func testABoundKeyActsAsTheKeyItStandsFor() {
        let ctx = Fixture.context()
        ctx.keyBindings = [.function(2): .char("b")]
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.function(2)))
        XCTAssertEqual(app.top.title, "Entries")
    }
}
