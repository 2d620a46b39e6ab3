import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

/// Key handling of each field type of the note form, driven through the whole app as the runtime would.
final class NoteFieldUpdateTests: XCTestCase {
    func driver(_ ctx: AppContext = Fixture.context(), check: IdentifierCheck = .none) -> FormDriver {
        FormDriver(ctx: ctx, root: NoteFormScreen(ctx: ctx, check: check))
    }

    func focus(_ d: inout FormDriver, on id: String) {
        let target = d.note!.form.index(of: id)!
        while d.note!.form.focus != target { d.press(d.note!.form.focus < target ? .tab : .backTab) }
    }

    func testLineFieldTypesUnicodeAndEnterMovesOn() {
        var d = driver()
        XCTAssertTrue(d.app.top.capturesText)
        d.type("Késtrel-日")
        d.press(.backspace)
        d.type("7")
        XCTAssertEqual(d.note!.form["client"]!.text, "Késtrel-7")
        d.press(.enter)
        XCTAssertEqual(d.note!.form.focused.id, "session_date")
        XCTAssertEqual(d.note!.form.focused.text, "2026-11-22", "the session date defaults to today")
        d.press(.up)
        XCTAssertEqual(d.note!.form.focused.id, "client")
    }

    func testSessionNumberTakesDigitsOnly() {
        var d = driver()
        focus(&d, on: "session_number")
        d.type("1a2?")
        d.app.update(.paste("3x4")).forEach { _ in }
        XCTAssertEqual(d.note!.form.focused.text, "1234")
        XCTAssertEqual(NoteForm.read(d.note!.form).note.sessionNumber, 1234)
    }

    func testLongTextTakesNewlinesAndLeavesAtItsEdges() {
        var d = driver()
        focus(&d, on: "trigger.text")
        d.type("first")
        d.press(.enter)
        d.type("second")
        XCTAssertEqual(d.note!.form.focused.text, "first\nsecond")
        d.press(.down)
        XCTAssertEqual(d.note!.form.focused.id, "reactions", "Down on the last row moves to the next field")
        d.press(.backTab)
        d.press(.up, .up, .up)
        XCTAssertEqual(d.note!.form.focused.id, "trigger.categories", "Up past the first row moves to the previous field")
    }

    func testCtrlEOpensTheEditorAndTheEditedTextComesBack() {
        var d = driver()
        focus(&d, on: "origin.text")
        d.press(.ctrl("e"))
        XCTAssertEqual(d.effects.last, .edit(EditRequest(id: "origin.text", text: "")))
        d.effects += d.app.update(.edited(id: "origin.text", text: "Mein Vater — 父\nzwei Zeilen\n"))
        XCTAssertEqual(d.note!.form["origin.text"]!.text, "Mein Vater — 父\nzwei Zeilen")
        // In a one-line field ^E keeps its editing meaning (end of line) and asks for no editor.
        focus(&d, on: "client")
        let before = d.effects.count
        d.press(.ctrl("e"))
        XCTAssertEqual(d.effects.count, before)
    }

    func testMultiSelectChipsToggleByDigitAndSpace() {
        var d = driver()
        focus(&d, on: "trigger.categories")
        XCTAssertFalse(d.app.top.capturesText)
        d.press(.char("2"), .char("5"), .right, .char(" "))
        XCTAssertEqual(NoteForm.read(d.note!.form).note.triggerCategories, ["comparison", "perception", "client_emotion"])
        d.press(.char("5"), .right, .backspace)
        XCTAssertEqual(NoteForm.read(d.note!.form).note.triggerCategories, ["comparison"])
        d.press(.char("9"))
        XCTAssertEqual(NoteForm.read(d.note!.form).note.triggerCategories, ["comparison"], "no ninth trigger")
        d.press(.down)
        XCTAssertEqual(d.note!.form.focused.id, "trigger.text")
    }

    func testSingleChoiceReplacesAndClears() {
        var d = driver()
        focus(&d, on: "direction")
        d.press(.char("1"))
        XCTAssertEqual(NoteForm.read(d.note!.form).note.direction, "toward")
        d.press(.char("3"))
        XCTAssertEqual(NoteForm.read(d.note!.form).note.direction, "mixed")
        d.press(.char("3"))
        XCTAssertEqual(NoteForm.read(d.note!.form).note.direction, "", "picking the chosen one again clears it")
        focus(&d, on: "effect.rating")
        d.press(.char("4"))
        XCTAssertEqual(NoteForm.read(d.note!.form).note.effectRating, 1)
        d.press(.char("1"))
        XCTAssertEqual(NoteForm.read(d.note!.form).note.effectRating, -2)
        d.press(.backspace)
        XCTAssertNil(NoteForm.read(d.note!.form).note.effectRating)
    }

    func testReactionGridSetsIntensitiesByDigits() {
        var d = driver()
        focus(&d, on: "reactions")
        d.press(.char("4"))             // overwhelmed 4
        d.press(.right, .char("2"))     // helpless 2
        d.press(.down, .char(" "))      // special, Space gives 3
        d.press(.left, .char(" "), .char(" "))  // positive on and off again
        d.press(.down, .down, .down, .char("5"))  // hostile (the short last row)
        XCTAssertEqual(NoteForm.read(d.note!.form).note.reactions.map { "\($0.family) \($0.intensity)" },
                       ["overwhelmed 4", "helpless 2", "special 3", "hostile 5"])
        d.press(.char("0"))
        XCTAssertEqual(NoteForm.read(d.note!.form).note.reactions.count, 3)
        d.press(.down)
        XCTAssertEqual(d.note!.form.focused.id, "reaction_other", "Down on the bottom row leaves the grid")
        d.press(.up)
        XCTAssertEqual(d.note!.form.focused.id, "reactions")
    }

    func testToggleFlipsAndOriginIsPrivateByDefault() {
        var d = driver()
        XCTAssertTrue(NoteForm.read(d.note!.form).note.originPrivate)
        focus(&d, on: "origin.private")
        d.press(.char(" "))
        XCTAssertFalse(NoteForm.read(d.note!.form).note.originPrivate)
        focus(&d, on: "shared")
        d.press(.char("y"))
        XCTAssertTrue(NoteForm.read(d.note!.form).shared)
    }

    func testTabsAndSectionJumps() {
        var d = driver()
        d.press(.backTab)
        XCTAssertEqual(d.note!.form.focused.id, "client", "Shift-Tab stops at the first field")
        d.press(.pageDown)
        XCTAssertEqual(d.note!.form.focused.id, "trigger.categories")
        d.press(.pageDown, .pageDown)
        XCTAssertEqual(d.note!.form.focused.id, "direction")
        d.press(.tab, .tab)
        d.press(.pageUp)
        XCTAssertEqual(d.note!.form.focused.id, "manifestation.categories", "PgUp goes to the start of the section first")
        d.press(.pageUp)
        XCTAssertEqual(d.note!.form.focused.id, "direction")
    }

    func testTagsAreSplitOnCommas() {
        XCTAssertEqual(NoteForm.parseTags(" grief, first session,grief ,, Übergang "), ["grief", "first-session", "Übergang"])
    }

    func testDateValidation() {
        XCTAssertTrue(NoteForm.isValidDate("2028-02-29"))
        XCTAssertFalse(NoteForm.isValidDate("2026-02-29"))
        XCTAssertFalse(NoteForm.isValidDate("2026-13-01"))
        XCTAssertFalse(NoteForm.isValidDate("22/11/2026"))
    }
}
