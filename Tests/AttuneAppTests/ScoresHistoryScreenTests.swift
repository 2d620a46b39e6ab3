import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

/// Keys of the history screen: dimensions, the point cursor, instruments, and opening a point's entry.
final class ScoresHistoryScreenTests: XCTestCase {
    private func app() throws -> (AttuneApp, AppContext) {
        let ctx = Fixture.context(entries: [
            try CheckInFixture.pulseEntry("20261122-0900-checkin-0003", daysAgo: 0.05, answers: ["empty_tank": 4]),
            try CheckInFixture.cbiEntry("20261120-0900-assessment-0002", daysAgo: 2, answers: "100,100,100,,,,50,50,50,50,,,,,,,,,"),
            try CheckInFixture.pulseEntry("20261101-0900-checkin-0001", daysAgo: 21, answers: ["empty_tank": 1]),
        ])
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = CheckInFixture.press(&app, [.char("H")])
        return (app, ctx)
    }

    func testTheDashboardKeyOpensTheLatestPulsePoint() throws {
        let (app, _) = try app()
        let screen = try XCTUnwrap(app.top as? ScoresHistoryScreen)
        XCTAssertEqual(screen.instrument, "pulse")
        XCTAssertEqual(screen.selectedPoint?.id.rawValue, "20261122-0900-checkin-0003")
    }

    func testLeftMovesToAnEarlierPointAndEnterOpensItsEntry() throws {
        var (app, _) = try app()
        _ = CheckInFixture.press(&app, [.left, .left, .enter])
        let entry = try XCTUnwrap(app.top as? EntryScreen)
        XCTAssertEqual(entry.id.rawValue, "20261101-0900-checkin-0001")
        _ = CheckInFixture.press(&app, [.escape])
        XCTAssertTrue(app.top is ScoresHistoryScreen, "Esc comes back to the history")
    }

    func testTabSwitchesInstrumentAndSelectsItsLatestPoint() throws {
        var (app, _) = try app()
        _ = CheckInFixture.press(&app, [.tab])
        var screen = try XCTUnwrap(app.top as? ScoresHistoryScreen)
        XCTAssertEqual(screen.instrument, "cbi")
        XCTAssertEqual(screen.selectedPoint?.id.rawValue, "20261120-0900-assessment-0002")
        _ = CheckInFixture.press(&app, [.tab])
        screen = try XCTUnwrap(app.top as? ScoresHistoryScreen)
        XCTAssertEqual(screen.instrument, "proqol5")
        XCTAssertNil(screen.selectedPoint)
        _ = CheckInFixture.press(&app, [.enter])
        XCTAssertTrue(app.top is ScoresHistoryScreen, "nothing to open without a point")
        _ = CheckInFixture.press(&app, [.backTab, .backTab, .down, .down])
        screen = try XCTUnwrap(app.top as? ScoresHistoryScreen)
        XCTAssertEqual(screen.instrument, "pulse")
        XCTAssertEqual(screen.dimension, 2)
    }

    func testColonCommandsOpenHistoryAndAssessments() throws {
        let ctx = Fixture.context(entries: [])
        XCTAssertEqual((ScreenFactory.screen(forCommand: ["scores", "cbi"], ctx: ctx) as? ScoresHistoryScreen)?.instrument, "cbi")
        XCTAssertTrue(ScreenFactory.screen(forCommand: ["assess", "proqol5"], ctx: ctx) is InstrumentInfoScreen)
        XCTAssertTrue(ScreenFactory.screen(forCommand: ["new", "checkin"], ctx: ctx) is QuestionnaireScreen)
        for name in ScreenFactory.checkInRenderNames {
            XCTAssertTrue(ScreenFactory.renderable.contains(name))
            XCTAssertNoThrow(try ScreenFactory.renderProgram(named: name, ctx: ctx, entryID: nil))
        }
    }

    func testTinyWindowsDoNotCrash() throws {
        let (app, _) = try app()
        for size in [Size(width: 12, height: 5), Size(width: 1, height: 1), Size(width: 40, height: 3)] {
            _ = app.render(size: size)
        }
        let ctx = Fixture.context(entries: [])
        for screen in [QuestionnaireScreen.pulse(ctx: ctx), QuestionnaireScreen.assessment("cbi", ctx: ctx)] {
            let small = AttuneApp(ctx: ctx, root: screen)
            for size in [Size(width: 10, height: 4), Size(width: 3, height: 2)] { _ = small.render(size: size) }
        }
    }
}
