import XCTest
@testable import AttuneTUI

final class ConfirmDialogTests: XCTestCase {
    func testYesNoKeys() {
        var d = ConfirmDialog.yesNo(title: "Discard draft?", message: "The draft will be moved to trash.")
        XCTAssertEqual(d.handle(.char("y")), .answered(.yes))
        XCTAssertEqual(d.handle(.char("N")), .answered(.no))
        XCTAssertEqual(d.handle(.escape), .answered(.cancel))
        XCTAssertEqual(d.handle(.char("x")), .consumed, "a modal swallows other keys")
        XCTAssertEqual(d.handle(.enter), .answered(.no), "No is the default")
        _ = d.handle(.left)
        XCTAssertEqual(d.handle(.enter), .answered(.yes))
    }

    func testThreeWay() {
        var d = ConfirmDialog.reloadKeepCancel(title: "Changed on disk", message: "This entry was changed outside Attune.")
        XCTAssertEqual(d.handle(.enter), .answered(.cancel), "cancel is the safe default")
        XCTAssertEqual(d.handle(.char("r")), .answered(.reload))
        XCTAssertEqual(d.handle(.char("k")), .answered(.keepBoth))
        _ = d.handle(.backTab)
        XCTAssertEqual(d.handle(.enter), .answered(.keepBoth))
    }

    func testRenderCentredAt80() {
        let d = ConfirmDialog.yesNo(title: "Quit?", message: "Your draft is saved.")
        var b = Buffer(width: 80, height: 7)
        b.write(String(repeating: "x", count: 80), x: 0, y: 3)
        d.render(into: &b, area: b.area, theme: .mono)
        assertRenders(b, """

                                      ┌ Quit? ──────────────────┐
                                      │ Your draft is saved.    │
            xxxxxxxxxxxxxxxxxxxxxxxxxx│                         │xxxxxxxxxxxxxxxxxxxxxxxxxxx
                                      │ [ Yes (y) ]  [ No (n) ] │
                                      └─────────────────────────┘
            """)
        XCTAssertTrue(b[41, 4].style.reverse, "the default button is highlighted")
        XCTAssertFalse(b[28, 4].style.reverse)
    }

    func testRenderNarrowWrapsMessageAndButtons() {
        let d = ConfirmDialog.reloadKeepCancel(title: "Changed on disk", message: "Entry changed outside Attune.")
        let b = rendered(width: 20, height: 10) { d.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """

            ┌ Changed on disk ─┐
            │ Entry changed    │
            │ outside Attune.  │
            │                  │
            │ (r) Reload       │
            │ (k) Keep both    │
            │ (c) Cancel       │
            └──────────────────┘
            """)
    }
}

final class StatusLineTests: XCTestCase {
    let hints = [StatusLine.Hint("^S", "save"), .init("Esc", "back"), .init("?", "help")]

    func testHintsCollapseWhenNarrow() {
        let s = StatusLine(hints: hints)
        XCTAssertEqual(s.hintText(fitting: 80), "^S save  Esc back  ? help")
        XCTAssertEqual(s.hintText(fitting: 20), "^S Esc ?")
        XCTAssertEqual(s.hintText(fitting: 6), "^S Esc")
        XCTAssertEqual(s.hintText(fitting: 1), "")
        let b = rendered(width: 40, height: 1) { s.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "               ^S save  Esc back  ? help")
    }

    func testMessageHasPriorityAndExpires() {
        var s = StatusLine(hints: hints)
        s.show("Saved.", severity: .success, ticks: 2)
        var b = rendered(width: 40, height: 1) { s.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "Saved.         ^S save  Esc back  ? help")
        b = rendered(width: 20, height: 1) { s.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "Saved.      ^S Esc ?")
        s.tick()
        XCTAssertNotNil(s.message)
        s.tick()
        XCTAssertNil(s.message)
        XCTAssertFalse(s.tick())
    }

    func testErrorsAreMarkedForMonochrome() {
        var s = StatusLine(hints: hints)
        s.show("Could not save: the disk is full. Your text is kept.", severity: .error, ticks: nil)
        let b = rendered(width: 30, height: 1) { s.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "! Could not save: the disk is…")
        XCTAssertTrue(b[0, 0].style.reverse && b[0, 0].style.bold)
        s.tick()
        XCTAssertNotNil(s.message, "a message without a tick count stays")
    }
}

final class HelpOverlayTests: XCTestCase {
    func sample(viewport: Size) -> HelpOverlay {
        HelpOverlay(title: "Keys", rows: [
            .section("Anywhere"), .init("?", "this help"), .init("^S", "save"), .init("Esc", "back"),
            .section("Lists"), .init("↑↓ j k", "move"), .init("Enter", "open the selected entry"),
            .init("/", "filter the list by words, ignoring case and accents"),
        ], viewport: viewport)
    }

    func testRenderAt80() {
        let h = sample(viewport: Size(width: 80, height: 24))
        var b = Buffer(width: 80, height: 14)
        h.render(into: &b, area: b.area, theme: .mono)
        assertRenders(b, """

                ┌ Keys ────────────────────────────────────────────────────────────────┐
                │ Anywhere                                                             │
                │ ?       this help                                                    │
                │ ^S      save                                                         │
                │ Esc     back                                                         │
                │                                                                      │
                │ Lists                                                                │
                │ ↑↓ j k  move                                                         │
                │ Enter   open the selected entry                                      │
                │ /       filter the list by words, ignoring case and accents          │
                └─ Esc close ──────────────────────────────────────────────────────────┘
            """)
    }

    func testScrollsWhenShortAndNarrow() {
        var h = sample(viewport: Size(width: 24, height: 8))
        var b = Buffer(width: 24, height: 8)
        h.render(into: &b, area: b.area, theme: .mono)
        assertRenders(b, """
            ┌ Keys ────────────────┐
            │ Anywhere             │
            │ ?       this help    │
            │ ^S      save         │
            │ Esc     back         │
            │                      │
            │ Lists                │
            └─ Esc close ─────────↓┘
            """)
        XCTAssertEqual(h.handle(.end), .consumed)
        b = Buffer(width: 24, height: 8)
        h.render(into: &b, area: b.area, theme: .mono)
        assertRenders(b, """
            ┌ Keys ───────────────↑┐
            │ /       filter the   │
            │         list by      │
            │         words,       │
            │         ignoring     │
            │         case and     │
            │         accents      │
            └─ Esc close ──────────┘
            """)
        XCTAssertEqual(h.handle(.up), .consumed)
        b = Buffer(width: 24, height: 8)
        h.render(into: &b, area: b.area, theme: .mono)
        XCTAssertEqual(b.line(1), "│         entry        │")
        XCTAssertEqual(h.handle(.escape), .closed)
        XCTAssertEqual(h.handle(.char("?")), .closed)
        XCTAssertEqual(h.handle(.function(1)), .closed)
    }
}
