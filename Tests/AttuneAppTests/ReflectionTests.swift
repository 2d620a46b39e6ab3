import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

/// The suggested-reflections panel and the reflection it opens.
final class ReflectionTests: XCTestCase {
    private func dashboardOnSuggestions() -> (AppContext, AttuneApp) {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.tab))
        return (ctx, app)
    }

    func testAnsweringASuggestionWritesALinkedReflectionWithStageHeadings() throws {
        var (ctx, app) = dashboardOnSuggestions()
        let suggestion = try XCTUnwrap(ctx.currentSuggestions().first)
        _ = app.update(.key(.enter))
        XCTAssertEqual(app.top.title, "New reflection")
        let screen = app.render(size: Size(width: 80, height: 24)).text
        XCTAssertTrue(screen.contains("why: " + suggestion.why.prefix(30)), screen)
        for c in "It was my own grief, not theirs." { _ = app.update(.key(.char(c))) }
        _ = app.update(.key(.ctrl("s")))
        XCTAssertEqual(app.stack.count, 1)
        let saved = try XCTUnwrap(ctx.entries.first { $0.kind == .reflection })
        XCTAssertEqual(saved.fields["prompt"]?.string, suggestion.prompt.id)
        XCTAssertEqual(saved.fields["rule"]?.string, suggestion.ruleID)
        XCTAssertEqual(saved.fields["triggered_by"]?.stringList, suggestion.triggeringEntryIDs.map(\.rawValue))
        XCTAssertTrue(saved.body.hasPrefix("## " + suggestion.prompt.stages[0] + "\n"), saved.body)
        XCTAssertTrue(saved.body.contains("It was my own grief, not theirs."))
        XCTAssertFalse(ctx.currentSuggestions().contains { $0.fingerprint == suggestion.fingerprint },
                       "an answered suggestion is set aside until its data changes")
    }

    func testDismissHidesUntilTheDataChanges() throws {
        var (ctx, app) = dashboardOnSuggestions()
        let before = ctx.currentSuggestions()
        XCTAssertFalse(before.isEmpty)
        _ = app.update(.key(.char("x")))
        let after = ctx.currentSuggestions()
        XCTAssertFalse(after.contains { $0.fingerprint == before[0].fingerprint })
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("Dismissed."))
    }

    func testSnoozeHidesForAWeek() throws {
        var (ctx, app) = dashboardOnSuggestions()
        let first = try XCTUnwrap(ctx.currentSuggestions().first)
        _ = app.update(.key(.char("s")))
        XCTAssertFalse(ctx.currentSuggestions().contains { $0.fingerprint == first.fingerprint })
    }

    func testLeavingWithTextKeepsADraftThatResumes() throws {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("r")))
        for c in "Half a thought about Tuesday" { _ = app.update(.key(.char(c))) }
        _ = app.update(.key(.escape))
        XCTAssertEqual(app.stack.count, 1)
        let drafts = ctx.workbook.drafts()
        XCTAssertEqual(drafts.count, 1)
        XCTAssertEqual(drafts.first?.body, "Half a thought about Tuesday")
        _ = app.update(.key(.char("D")))
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("Half a thought about Tuesday"))
        _ = app.update(.key(.enter))
        XCTAssertEqual(app.top.title, "Edit reflection")
        _ = app.update(.key(.ctrl("s")))
        XCTAssertTrue(ctx.entries.contains { $0.body == "Half a thought about Tuesday" })
        XCTAssertTrue(ctx.workbook.drafts().isEmpty, "a saved draft is removed")
    }

    func testAFailedDraftKeepsTheScreenOpenWithTheText() {
        let service = MemoryWorkbookService(entries: Fixture.sampleEntries())
        Fixture.pinTimeZone()
        let ctx = AppContext(workbook: service, now: { Fixture.now }, theme: .mono, checklist: Fixture.checklist)
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("r")))
        for c in "do not lose me" { _ = app.update(.key(.char(c))) }
        service.failDrafts = CocoaError(.fileWriteOutOfSpace)
        _ = app.update(.key(.escape))
        XCTAssertEqual(app.top.title, "New reflection", "the screen stays open")
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("do not lose me"))
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("Could not keep a draft"))
        service.failDrafts = nil
        _ = app.update(.key(.escape))
        XCTAssertEqual(app.stack.count, 1)
        XCTAssertEqual(service.drafts().first?.body, "do not lose me")
    }

    func testQuitAsksFirstWhenTheDraftCannotBeKept() {
        let service = MemoryWorkbookService(entries: Fixture.sampleEntries())
        Fixture.pinTimeZone()
        let ctx = AppContext(workbook: service, now: { Fixture.now }, theme: .mono, checklist: Fixture.checklist)
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("r")))
        for c in "precious" { _ = app.update(.key(.char(c))) }
        service.failDrafts = CocoaError(.fileWriteOutOfSpace)
        XCTAssertEqual(app.update(.key(.ctrl("q"))), [], "the first ^Q stays")
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("Could not keep a draft"))
        _ = app.update(.key(.char("!")))                  // any other key cancels the question
        XCTAssertEqual(app.update(.key(.ctrl("q"))), [])
        XCTAssertEqual(app.update(.key(.ctrl("q"))), [.quit], "a second ^Q in a row quits anyway")
    }

    func testAnOutsideEditAsksReloadKeepBothOrCancel() throws {
        let service = MemoryWorkbookService(entries: Fixture.sampleEntries())
        Fixture.pinTimeZone()
        let ctx = AppContext(workbook: service, now: { Fixture.now }, theme: .mono, checklist: Fixture.checklist)
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("r")))
        for c in "mine" { _ = app.update(.key(.char(c))) }
        service.failNextSave = SaveConflict(id: EntryID("x"), diskVersion: nil)
        _ = app.update(.key(.ctrl("s")))
        XCTAssertTrue(app.render(size: Size(width: 80, height: 24)).text.contains("Changed outside Attune"))
        _ = app.update(.key(.escape))                      // Esc answers Cancel: nothing saved, text kept
        XCTAssertEqual(app.top.title, "New reflection")
        XCTAssertFalse(ctx.entries.contains { $0.kind == .reflection })
        service.failNextSave = SaveConflict(id: EntryID("x"), diskVersion: nil)
        _ = app.update(.key(.ctrl("s")))
        _ = app.update(.key(.char("k")))                   // Keep both: ours becomes a new entry
        XCTAssertEqual(app.stack.count, 1)
        XCTAssertEqual(ctx.entries.filter { $0.kind == .reflection }.map(\.body), ["mine"])
    }

    func testQuitFromAnywhereKeepsTypedText() {
        let ctx = Fixture.context()
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        _ = app.update(.key(.char("r")))
        _ = app.update(.paste("pasted ünïcode 日本 text"))
        XCTAssertEqual(app.update(.key(.ctrl("q"))), [.quit])
        XCTAssertEqual(ctx.workbook.drafts().first?.body, "pasted ünïcode 日本 text")
    }

    func testEditorRoundTripReplacesTheText() {
        let ctx = Fixture.context()
        var screen = ReflectionScreen(ctx: ctx, suggestion: nil)
        let outcome = screen.update(.key(.ctrl("e")), ctx: ctx)
        guard case .edit(let request)? = outcome.effects.first else { return XCTFail("expected an edit effect") }
        _ = screen.update(.edited(id: request.id, text: "written in vi\n"), ctx: ctx)
        XCTAssertEqual(screen.body.text, "written in vi\n")
        _ = screen.update(.edited(id: request.id, text: nil), ctx: ctx)
        XCTAssertEqual(screen.body.text, "written in vi\n", "a failed edit keeps the text")
    }
}

/// A supervisor's own rules and prompts in the workbook's `rules/` folder.
final class WorkbookRulesTests: XCTestCase {
    func testWorkbookRulesAndPromptsAreLoadedBesideTheShippedOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attune-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try """
            [local.ask]
            models: driscoll
            fits: general
            text: What shall we look at together this week?
            """.write(to: folder.appendingPathComponent("rules/mine.prompts"), atomically: true, encoding: .utf8)
        try """
            rule local.weekly
              title "From your supervisor"
              group local
              priority 99
              when role = "supervisee"
              prompt local.ask
              why "asked by your supervisor every week"
            end
            """.write(to: folder.appendingPathComponent("rules/mine.rules"), atomically: true, encoding: .utf8)
        let service = try XCTUnwrap(SuggestionService.load(workbookURL: folder))
        XCTAssertEqual(service.diagnostics.filter { $0.severity == .error }, [])
        let first = try XCTUnwrap(service.suggestions(entries: Fixture.sampleEntries(), now: Fixture.now,
                                                      role: "supervisee").first)
        XCTAssertEqual(first.ruleID, "local.weekly")
        XCTAssertEqual(first.prompt.text, "What shall we look at together this week?")
    }
}
