import XCTest
@testable import AttuneTUI

/// A small note form built from the widgets the way a screen would, rendered at 80x24 and 40x15: checks that
/// widgets share one buffer without overdrawing each other and that the focused one owns the cursor.
final class ScreenCompositionTests: XCTestCase {
    struct NoteForm {
        var client = TextField(text: "C-17", placeholder: "case code", maxLength: 16)
        var direction = ChoiceList(items: ["Toward", "Away", "Mixed"], chosen: 1)
        var body = TextArea(text: "She spoke of her father and I went quiet. I changed the subject twice.",
                            placeholder: "What happened?")
        var status = StatusLine(hints: [.init("^S", "save"), .init("Tab", "next"), .init("Esc", "back"),
                                        .init("?", "help")])
        var focus = 0
        var dialog: ConfirmDialog?

        func view(into b: inout Buffer, theme: Theme) {
            let (main, bottom) = b.area.splitBottom(1)
            let (titleRow, rest) = main.splitTop(2)
            b.write(DisplayWidth.truncate("New countertransference note", to: titleRow.width), x: 0, y: 0, style: theme.title)
            let (clientRow, rest2) = rest.splitTop(2)
            let (label, field) = clientRow.splitLeft(8)
            b.write("Client", x: label.x, y: label.y, style: focus == 0 ? theme.focus : theme.normal)
            client.render(into: &b, area: Rect(x: field.x, y: field.y, width: min(field.width, 20), height: 1),
                          focused: focus == 0, theme: theme)
            let (choices, rest3) = rest2.splitTop(4)
            direction.render(into: &b, area: choices.splitTop(3).0, focused: focus == 1, theme: theme)
            body.render(into: &b, area: rest3, focused: focus == 2, theme: theme)
            status.render(into: &b, area: bottom, theme: theme)
            dialog?.render(into: &b, area: b.area, theme: theme)
        }
    }

    func testFormAt80x24() {
        var form = NoteForm()
        form.focus = 2
        var b = Buffer(width: 80, height: 24)
        form.view(into: &b, theme: .color)
        assertRenders(b, """
            New countertransference note

            Client  C-17

            1 ( ) Toward
            2 (•) Away
            3 ( ) Mixed

            She spoke of her father and I went quiet. I changed the subject twice.














                                                         ^S save  Tab next  Esc back  ? help
            """)
        XCTAssertEqual(b.cursor, Point(x: 0, y: 8), "the focused text area owns the cursor")
        XCTAssertFalse(b[0, 5].style.reverse, "unfocused lists do not show a reversed highlight")
        XCTAssertTrue(b[0, 5].style.underline, "but still mark their highlighted row")
    }

    func testFormAt40x15WithDialog() {
        var form = NoteForm()
        form.focus = 0
        form.status.show("Unsaved changes", severity: .warning)
        form.dialog = .yesNo(title: "Leave?", message: "Keep this note as a draft?", yes: "Keep", no: "Discard")
        var b = Buffer(width: 40, height: 15)
        form.view(into: &b, theme: .mono)
        assertRenders(b, """
            New countertransference note

            Client  C-17

            1 ( ) Toward
            2 (┌ Leave? ───────────────────────┐
            3 (│ Keep this note as a draft?    │
               │                               │
            She│ [ Keep (y) ]  [ Discard (n) ] │
            qui└───────────────────────────────┘




            ! Unsaved changes           ^S Tab Esc ?
            """)
        XCTAssertNil(b.cursor, "a modal dialog hides the cursor of the field underneath")
        form.dialog = nil
        b = Buffer(width: 40, height: 15)
        form.view(into: &b, theme: .mono)
        XCTAssertEqual(b.cursor, Point(x: 12, y: 2), "the focused field owns the cursor")
    }
}
