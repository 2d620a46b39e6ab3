import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

/// Saving a note: required fields, drafts, the identifier review, conflicts, and editing in place.
final class NoteSaveFlowTests: XCTestCase {
    var ctx: AppContext!
    var workbook: MemoryWorkbookService { ctx.workbook as! MemoryWorkbookService }

    override func setUp() { ctx = Fixture.context() }

    /// A home screen with the note form pushed on it, as pressing `n` on the dashboard does.
    func openForm(check: IdentifierCheck = .none) -> FormDriver {
        var d = FormDriver(ctx: ctx, root: TestHome { NoteFormScreen(ctx: $0, check: check) })
        d.press(.char("n"))
        return d
    }

    func testDashboardKeysOpenTheForms() {
        var d = FormDriver(ctx: ctx, root: DashboardScreen(ctx: ctx))
        d.press(.char("n"))
        XCTAssertEqual(d.app.top.title, "New countertransference note")
        d.press(.escape, .char("c"))
        XCTAssertEqual(d.app.top.title, "Empathy-barrier checklist")
    }

    func fillRequired(_ d: inout FormDriver, client: String = "C-12") {
        d.type(client)
        d.tab(3)
        d.press(.char("1"))
        d.tab(2)
        d.press(.char("3"))
    }

    func newNotes() -> [Entry] { workbook.stored.values.filter { $0.kind == .note && $0.created == Fixture.now } }

    func testSaveWithMissingFieldsJumpsToTheFirstAndSavesNothing() {
        var d = openForm()
        d.press(.tab, .tab)
        d.press(.ctrl("s"))
        XCTAssertEqual(d.note?.form.focused.id, "client")
        XCTAssertEqual(d.app.message?.text, "Still needed: client code, trigger, reactions. Esc keeps this as a draft.")
        XCTAssertTrue(newNotes().isEmpty)
        XCTAssertEqual(d.note?.hints.first?.label, "save (3 missing)")
    }

    func testSaveStoresTheNoteAndReturnsToTheDashboard() {
        var d = openForm()
        fillRequired(&d)
        d.press(.ctrl("s"))
        XCTAssertTrue(d.app.top is TestHome)
        XCTAssertEqual(d.app.message?.text, "Note saved.")
        let saved = try! XCTUnwrap(newNotes().first)
        XCTAssertEqual(saved.author, "A. Lee")
        XCTAssertTrue(saved.id.rawValue.hasPrefix("20261122-1000-note-"))
        let note = CountertransferenceNote(fields: saved.fields)
        XCTAssertEqual(note.client, "C-12")
        XCTAssertEqual(note.triggerCategories, ["client_material"])
        XCTAssertEqual(note.reactions, [.init(family: "overwhelmed", intensity: 3)])
        XCTAssertTrue(note.originPrivate)
        XCTAssertFalse(saved.shared)
        XCTAssertEqual(ctx.entries.first?.id, saved.id, "the context was reloaded")
    }

    func testInvalidDateIsRefused() {
        var d = openForm()
        fillRequired(&d)
        d.press(.pageUp, .pageUp, .tab)
        d.press(.ctrl("u"))
        d.type("2026-02-30")
        d.press(.ctrl("s"))
        XCTAssertEqual(d.note?.form.focused.id, "session_date")
        XCTAssertEqual(d.app.message?.severity, .error)
        XCTAssertTrue(newNotes().isEmpty)
    }

    func testLeavingKeepsADraftThatIsOfferedNextTime() {
        var d = openForm()
        d.type("K-9")
        d.press(.escape)
        XCTAssertTrue(d.app.top is TestHome)
        XCTAssertEqual(workbook.drafts().count, 1)
        XCTAssertEqual(workbook.drafts().first?.fields["client"], .string("K-9"))
        d.press(.char("n"))
        XCTAssertNotNil(d.note?.draftOffer)
        XCTAssertTrue(d.screen(80, 24).contains("You left a note (K-9) unfinished on 2026-11-22 10:00."))
        d.press(.char("r"))
        XCTAssertEqual(d.note?.form["client"]?.text, "K-9")
        d.press(.escape)
        XCTAssertEqual(workbook.drafts().count, 1, "leaving a resumed draft unchanged keeps the one draft")
        d.press(.char("n"), .char("d"))
        XCTAssertTrue(workbook.drafts().isEmpty)
    }

    func testADraftResumedFromTheDraftsScreenIsANewNoteWithoutAnOffer() {
        var d = openForm()
        d.type("K-9")
        d.press(.escape)
        var drafts = FormDriver(ctx: ctx, root: DraftsScreen(ctx: ctx))
        drafts.press(.enter)
        XCTAssertEqual(drafts.note?.title, "New countertransference note")
        XCTAssertNil(drafts.note?.draftOffer, "the draft being resumed is not offered again")
        XCTAssertEqual(drafts.note?.form["client"]?.text, "K-9")
    }

    func testLeavingAnUntouchedFormKeepsNoDraft() {
        var d = openForm()
        d.press(.tab, .escape)
        XCTAssertTrue(workbook.drafts().isEmpty)
    }

    func testQuitSavesADraftThroughPreserveWork() {
        var d = openForm()
        d.type("Q-1")
        d.press(.ctrl("q"))
        XCTAssertEqual(d.effects.last, .quit)
        XCTAssertEqual(workbook.drafts().first?.fields["client"], .string("Q-1"))
    }

    func testSavingRemovesTheDraft() {
        var d = openForm()
        d.type("K-9")
        d.press(.escape, .char("n"), .char("r"))
        d.tab(3)
        d.press(.char("2"))
        d.tab(2)
        d.press(.char("1"))
        d.press(.ctrl("s"))
        XCTAssertTrue(workbook.drafts().isEmpty)
        XCTAssertEqual(newNotes().count, 1)
    }

    func testReviewReplaceKeepAndGoBack() {
        var d = openForm(check: flagging("Maria"))
        fillRequired(&d)
        d.press(.backTab)
        d.type("Maria cried; Maria's mother")
        d.press(.ctrl("s"))
        XCTAssertNotNil(d.note?.review)
        XCTAssertEqual(d.app.message?.text, "2 possible identifiers to review before saving.")
        XCTAssertTrue(d.screen(80, 24).contains("Possible identifier 1 of 2"))
        d.press(.char("r"))
        d.press(.char("b"))
        XCTAssertNil(d.note?.review)
        XCTAssertEqual(d.note?.form.focused.id, "trigger.text")
        XCTAssertEqual(d.note?.form.focused.text, "[name] cried; Maria's mother")
        d.press(.ctrl("s"))
        d.press(.char("k"))
        XCTAssertTrue(d.app.top is TestHome, "the last answer saves")
        let note = CountertransferenceNote(fields: try! XCTUnwrap(newNotes().first).fields)
        XCTAssertEqual(note.triggerText, "[name] cried; Maria's mother")
    }

    func testKeptFindingsAreNotRaisedAgain() {
        var d = openForm(check: flagging("Maria"))
        fillRequired(&d)
        d.press(.backTab)
        d.type("Maria")
        d.press(.ctrl("s"), .char("k"))
        let saved = try! XCTUnwrap(newNotes().first)
        XCTAssertEqual(CountertransferenceNote(fields: saved.fields).triggerText, "Maria")
        XCTAssertEqual(saved.fields["guard_kept"]?.stringList, ["name:maria"], "the allowance is kept with the entry")
        // Editing the note later does not raise the same finding again.
        var edit = FormDriver(ctx: d.app.ctx, root: NoteFormScreen(editing: saved, ctx: d.app.ctx, check: flagging("Maria")))
        edit.type(" again")
        edit.press(.ctrl("s"))
        XCTAssertEqual(edit.app.message?.text, "Note updated.", "saved straight away, with no review of Maria")
    }

    func testConflictKeepBothSavesACopy() {
        var d = openForm()
        fillRequired(&d)
        workbook.failNextSave = SaveConflict(id: d.note!.base.id, diskVersion: nil)
        d.press(.ctrl("s"))
        XCTAssertNotNil(d.note?.conflict)
        XCTAssertTrue(d.screen(80, 24).contains("Changed outside Attune"))
        d.press(.char("k"))
        XCTAssertTrue(d.app.top is TestHome)
        XCTAssertTrue(d.app.message?.text.hasPrefix("Saved as a new note") == true)
        XCTAssertEqual(newNotes().count, 1)
    }

    func testConflictReloadShowsTheDiskVersionAndKeepsOursAsADraft() {
        let id = EntryID("20261121-0900-note-0001")
        var d = FormDriver(ctx: ctx, root: EntryScreen(id: id, ctx: ctx))
        d.press(.char("e"), .ctrl("e"), .char("!"))
        var theirs = try! workbook.entry(id)
        theirs.tags = ["outside"]
        workbook.failNextSave = SaveConflict(id: id, diskVersion: theirs)
        d.press(.ctrl("s"))
        XCTAssertTrue(d.screen(80, 24).contains("This entry was changed on disk since you opened it."))
        d.press(.char("r"))
        XCTAssertEqual(d.note?.form["client"]?.text, "C-114", "the form shows the version on disk")
        XCTAssertEqual(workbook.drafts().first?.fields["client"], .string("C-114!"), "ours is kept as a draft")
        XCTAssertEqual(d.app.message?.text, "Showing the version on disk. Your edit is kept as a draft.")
    }

    func testConflictCancelKeepsTheText() {
        var d = openForm()
        fillRequired(&d)
        workbook.failNextSave = SaveConflict(id: d.note!.base.id, diskVersion: nil)
        d.press(.ctrl("s"), .char("c"))
        XCTAssertNil(d.note?.conflict)
        XCTAssertEqual(d.note?.form["client"]?.text, "C-12")
        XCTAssertTrue(newNotes().isEmpty)
    }

    func testAFailedSaveKeepsTheTextAndADraft() {
        var d = openForm()
        fillRequired(&d)
        workbook.failNextSave = CocoaError(.fileWriteOutOfSpace)
        d.press(.ctrl("s"))
        XCTAssertEqual(d.app.message?.severity, .error)
        XCTAssertNotNil(d.note)
        XCTAssertEqual(workbook.drafts().count, 1)
    }

    func testEditFromTheEntryPageSavesInPlace() {
        let id = EntryID("20261121-0900-note-0001")
        var d = FormDriver(ctx: ctx, root: EntryScreen(id: id, ctx: ctx))
        d.press(.char("e"))
        XCTAssertEqual(d.note?.title, "Edit note")
        XCTAssertEqual(d.note?.form["client"]?.text, "C-114")
        XCTAssertEqual(d.note?.form["tags"]?.text, "grief")
        d.press(.ctrl("e"), .char("-"), .char("b"))
        d.press(.ctrl("s"))
        XCTAssertTrue(d.app.top is EntryScreen)
        let saved = try! workbook.entry(id)
        XCTAssertEqual(saved.fields["client"], .string("C-114-b"))
        XCTAssertEqual(saved.created, Fixture.now.addingTimeInterval(-86_400))
        XCTAssertEqual(saved.updated, Fixture.now)
        XCTAssertEqual(saved.tags, ["grief"])
        XCTAssertEqual(workbook.stored.count, 3, "no new entry")
    }
}

/// The standard check is AttuneGuard's scan: a phone number in a text and a real-looking name as client code.
final class NoteGuardIntegrationTests: XCTestCase {
    func testGuardFindingsAreReviewedAndReplaced() {
        let ctx = Fixture.context()
        var d = FormDriver(ctx: ctx, root: TestHome { NoteFormScreen(ctx: $0) })
        d.press(.char("n"))
        d.type("Maria Lopez")
        d.tab(3)
        d.press(.char("1"), .tab)
        d.type("She gave me her number, 555-867-5309, at the end.")
        d.press(.tab, .char("2"))
        d.press(.ctrl("s"))
        let review = try! XCTUnwrap(d.note?.review)
        XCTAssertEqual(review.findings.map(\.field), ["client", "trigger.text"])
        XCTAssertEqual(review.findings.map(\.placeholder), ["[name]", "[phone]"])
        let screen = d.screen(80, 24)
        XCTAssertTrue(screen.contains("in Session · Client code"), screen)
        d.press(.char("b"))
        XCTAssertEqual(d.note?.form.focused.id, "client")
        d.press(.ctrl("u"))
        d.type("C-31")
        d.press(.ctrl("s"))
        XCTAssertEqual(d.note?.review?.findings.map(\.text), ["555-867-5309"])
        d.press(.char("r"))
        XCTAssertTrue(d.app.top is TestHome)
        let saved = ctx.entries.first { $0.kind == .note && $0.created == Fixture.now }!
        XCTAssertEqual(CountertransferenceNote(fields: saved.fields).triggerText, "She gave me her number, [phone], at the end.")
    }
}
