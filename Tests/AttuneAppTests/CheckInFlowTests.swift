import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

final class CheckInFlowTests: XCTestCase {
    func testDigitsOnlyCheckInTakesItemsPlusOneKeysAndSaves() throws {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = CheckInFixture.press(&app, [.char("i")])
        XCTAssertTrue(app.top is QuestionnaireScreen)
        let pulse = try CheckInFixture.pulse()
        // One digit per item, then Enter: items + 1 keys.
        let keys = CheckInFixture.digits("23124132") + [.enter]
        XCTAssertEqual(keys.count, pulse.items.count + 1)
        _ = CheckInFixture.press(&app, keys)
        XCTAssertTrue(app.top is QuestionnaireResultScreen, "Enter on the last item shows the result")
        let saved = try XCTUnwrap(ctx.entries.first)
        XCTAssertEqual(saved.kind, .checkin)
        let answers = try XCTUnwrap(saved.fields["answers"]?.map)
        XCTAssertEqual(answers.keys, pulse.items.map(\.id))
        XCTAssertEqual(answers["empty_tank"], .int(2))
        XCTAssertEqual(answers["sinking_before_session"], .int(2))
        let scores = try XCTUnwrap(saved.fields["scores"]?.map)
        XCTAssertEqual(scores.keys, PulseCheckIn.schemaDimensionIDs)
        // empty_tank 2 → 50; autopilot 3 and curious 1 (reversed: 3) → 75; rested 4 (reversed 0) and
        // work_follows_home 1 → 12.5.
        XCTAssertEqual(scores["exhaustion"], .double(50))
        XCTAssertEqual(scores["detachment"], .double(75))
        XCTAssertEqual(scores["recovery"], .double(12.5))
        XCTAssertEqual(app.update(.key(.char("x"))), [], "a key closes the result, back to the dashboard")
        XCTAssertTrue(app.top is DashboardScreen)
    }

    func testBackspaceArrowsAndViKeysMoveBetweenItemsWithoutLosingAnswers() throws {
        var flow = QuestionnaireFlow(questionnaire: .pulse(try CheckInFixture.pulse()))
        XCTAssertEqual(flow.handle(.char("3")), .changed)
        XCTAssertEqual(flow.handle(.char("1")), .changed)
        XCTAssertEqual(flow.progressText, "3/8")
        XCTAssertEqual(flow.handle(.backspace), .changed)
        XCTAssertEqual(flow.index, 1)
        XCTAssertEqual(flow.currentAnswer, 1)
        _ = flow.handle(.char("k"))
        XCTAssertEqual(flow.index, 0)
        XCTAssertEqual(flow.currentAnswer, 3)
        _ = flow.handle(.down)
        _ = flow.handle(.char("j"))
        XCTAssertEqual(flow.index, 2)
        _ = flow.handle(.up)
        XCTAssertEqual(flow.index, 1)
        XCTAssertEqual(flow.handle(.char("9")), .ignored, "9 is off the 0–4 scale")
        XCTAssertEqual(flow.handle(.enter), .changed, "Enter before the last item moves on")
        XCTAssertEqual(flow.index, 2)
        _ = flow.handle(.end)
        XCTAssertTrue(flow.isLastItem)
        XCTAssertEqual(flow.handle(.enter), .finish)
        XCTAssertEqual(flow.answers.compactMap { $0 }, [3, 1])
    }

    func testSpaceAnswersTheHighlightedChoiceAndDeleteClears() throws {
        var flow = QuestionnaireFlow(questionnaire: .pulse(try CheckInFixture.pulse()))
        _ = flow.handle(.right)
        _ = flow.handle(.char("l"))
        _ = flow.handle(.char(" "))
        XCTAssertEqual(flow.answers[0], 2)
        _ = flow.handle(.backspace)
        _ = flow.handle(.delete)
        XCTAssertNil(flow.answers[0])
    }

    func testEscKeepsADraftThatTheNextRunOffersToResume() throws {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = CheckInFixture.press(&app, [.char("i")] + CheckInFixture.digits("421") + [.escape])
        XCTAssertTrue(app.top is DashboardScreen)
        XCTAssertTrue(ctx.entries.isEmpty, "nothing is saved as an entry")
        let draft = try XCTUnwrap(ctx.workbook.drafts().first)
        XCTAssertEqual(draft.kind, .checkin)
        XCTAssertEqual(draft.fields["answers"]?.map?.count, 3)

        _ = CheckInFixture.press(&app, [.char("i")])
        let offer = try XCTUnwrap(app.top as? QuestionnaireScreen)
        XCTAssertNotNil(offer.offeredDraft)
        _ = CheckInFixture.press(&app, [.char("r")])
        let resumed = try XCTUnwrap(app.top as? QuestionnaireScreen)
        XCTAssertEqual(resumed.flow.progressText, "4/8", "resumes at the first unanswered item")
        XCTAssertEqual(Array(resumed.flow.answers.prefix(3)), [4, 2, 1])
        _ = CheckInFixture.press(&app, CheckInFixture.digits("00000") + [.enter])
        XCTAssertEqual(ctx.entries.count, 1)
        XCTAssertTrue(ctx.workbook.drafts().isEmpty, "the draft is discarded once the check-in is saved")
    }

    func testStartingOverDiscardsTheDraft() throws {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = CheckInFixture.press(&app, [.char("i"), .char("1"), .escape, .char("i"), .char("n")])
        XCTAssertTrue(ctx.workbook.drafts().isEmpty)
        let screen = try XCTUnwrap(app.top as? QuestionnaireScreen)
        XCTAssertNil(screen.offeredDraft)
        XCTAssertEqual(screen.flow.answeredCount, 0)
    }

    func testQLeavesWithADraftInsteadOfDroppingAnswers() throws {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = CheckInFixture.press(&app, [.char("i"), .char("2"), .char("q")])
        XCTAssertTrue(app.top is DashboardScreen)
        XCTAssertEqual(ctx.workbook.drafts().count, 1)
    }

    func testQuitKeepsTheAnswersAsADraft() throws {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        let effects = CheckInFixture.press(&app, [.char("i"), .char("3"), .char("3"), .ctrl("q")])
        XCTAssertEqual(effects, [.quit])
        XCTAssertEqual(ctx.workbook.drafts().first?.fields["answers"]?.map?.count, 2)
    }

    func testEscWithNothingAnsweredLeavesNoDraft() {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = CheckInFixture.press(&app, [.char("i"), .escape])
        XCTAssertTrue(app.top is DashboardScreen)
        XCTAssertTrue(ctx.workbook.drafts().isEmpty)
    }

    func testEnterWithNoAnswersSavesNothing() {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: QuestionnaireScreen.pulse(ctx: ctx), exitWhenRootCloses: true)
        _ = CheckInFixture.press(&app, [.end, .enter])
        XCTAssertTrue(app.top is QuestionnaireScreen)
        XCTAssertTrue(ctx.entries.isEmpty)
    }

    func testAFailedSaveKeepsTheAnswersOnScreen() throws {
        let ctx = Fixture.context(entries: [])
        let memory = try XCTUnwrap(ctx.workbook as? MemoryWorkbookService)
        var app = AttuneApp(ctx: ctx, root: QuestionnaireScreen.pulse(ctx: ctx), exitWhenRootCloses: true)
        memory.failNextSave = CocoaError(.fileWriteOutOfSpace)
        let effects = CheckInFixture.press(&app, CheckInFixture.digits("11111111") + [.enter])
        XCTAssertEqual(effects, [])
        let screen = try XCTUnwrap(app.top as? QuestionnaireScreen)
        XCTAssertEqual(screen.flow.answeredCount, 8)
        XCTAssertTrue(ctx.entries.isEmpty)
    }

    func testStandaloneCheckInExitsOnAKeyAfterTheResult() {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: QuestionnaireScreen.pulse(ctx: ctx), exitWhenRootCloses: true)
        XCTAssertEqual(CheckInFixture.press(&app, CheckInFixture.digits("01234012") + [.enter]), [])
        XCTAssertTrue(app.top is QuestionnaireResultScreen)
        XCTAssertEqual(CheckInFixture.press(&app, [.char("j")]), [], "scrolling does not close it")
        XCTAssertEqual(CheckInFixture.press(&app, [.enter]), [.quit])
    }

    func testResultShowsTheChangeSinceTheLastCheckIn() throws {
        let earlier = try CheckInFixture.pulseEntry("20261115-1000-checkin-0001", daysAgo: 7,
                                                    answers: ["empty_tank": 1, "autopilot": 1, "curious": 3])
        let ctx = Fixture.context(entries: [earlier])
        var app = AttuneApp(ctx: ctx, root: QuestionnaireScreen.pulse(ctx: ctx), exitWhenRootCloses: true)
        _ = CheckInFixture.press(&app, CheckInFixture.digits("33122222") + [.enter])
        let text = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertTrue(text.contains("Exhaustion             █████████████████████████████████             75  +50"), text)
        XCTAssertTrue(text.contains("Irritability           ██████████████████████                        50\n"), text)
        XCTAssertTrue(text.contains("Change since the check-in of 2026-11-15."), text)
    }
}

final class CheckInPasteTests: XCTestCase {
    func testDigitsArrivingAsOneBurstAnswerItemAfterItem() throws {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: QuestionnaireScreen.pulse(ctx: ctx), exitWhenRootCloses: true)
        _ = app.update(.paste("2314\n1230"))
        let screen = try XCTUnwrap(app.top as? QuestionnaireScreen)
        XCTAssertEqual(screen.flow.answers, [2, 3, 1, 4, 1, 2, 3, 0])
        XCTAssertTrue(ctx.entries.isEmpty, "a paste never saves by itself")
        _ = app.update(.paste("not digits"))
        XCTAssertEqual((app.top as? QuestionnaireScreen)?.flow.answers, [2, 3, 1, 4, 1, 2, 3, 0])
    }
}

final class CheckInDraftListTests: XCTestCase {
    func testADraftPickedFromTheDraftsListResumesAndSavedCheckInsHaveNoForm() throws {
        let ctx = Fixture.context(entries: [])
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = CheckInFixture.press(&app, [.char("i")] + CheckInFixture.digits("44") + [.escape])
        let draft = try XCTUnwrap(ctx.workbook.drafts().first)
        let screen = try XCTUnwrap(ScreenFactory.editor(for: draft, ctx: ctx) as? QuestionnaireScreen)
        XCTAssertNil(screen.offeredDraft)
        XCTAssertEqual(screen.flow.progressText, "3/8")
        XCTAssertEqual(screen.draftID, draft.id)

        let saved = try CheckInFixture.pulseEntry("20261101-0900-checkin-0001", daysAgo: 21, answers: ["empty_tank": 1])
        XCTAssertNil(ScreenFactory.editor(for: saved, ctx: ctx))
    }
}
