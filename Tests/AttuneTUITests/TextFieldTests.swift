import XCTest
@testable import AttuneTUI

final class TextFieldTests: XCTestCase {
    func testTypingAndCursorByGrapheme() {
        var f = TextField()
        f.type("héllo")
        XCTAssertEqual(f.text, "héllo")
        XCTAssertEqual(f.cursor, 5)
        f.press(.left, .left)
        f.type("X")
        XCTAssertEqual(f.text, "hélXlo")
        XCTAssertEqual(f.cursor, 4)
    }

    func testCombiningMarkJoinsItsBaseAndBackspaceRemovesTheCluster() {
        var f = TextField()
        f.type("e")
        XCTAssertEqual(f.handle(.char("\u{301}")), .changed)
        XCTAssertEqual(f.text, "e\u{301}")
        XCTAssertEqual(f.cursor, 1)
        f.type("t")
        f.press(.left)
        XCTAssertEqual(f.cursor, 1)
        f.press(.backspace)
        XCTAssertEqual(f.text, "t")
        XCTAssertEqual(f.cursor, 0)
    }

    func testTypingBeforeALoneCombiningMarkPutsTheCursorAfterTheNewCluster() {
        var f = TextField(text: "\u{301}x")
        f.press(.home)
        f.type("e")
        XCTAssertEqual(f.text, "e\u{301}x")
        XCTAssertEqual(f.cursor, 1)
        f.press(.delete)
        XCTAssertEqual(f.text, "e\u{301}")
    }

    func testCJKEditing() {
        var f = TextField(text: "日本語")
        f.press(.left)
        f.press(.backspace)
        XCTAssertEqual(f.text, "日語")
        XCTAssertEqual(f.cursor, 1)
    }

    func testEmojiSequencesMoveAndDeleteAsOne() {
        var f = TextField(text: "a👩‍💻b🇳🇿👍🏽")
        XCTAssertEqual(f.cursor, 5)
        f.press(.backspace)
        XCTAssertEqual(f.text, "a👩‍💻b🇳🇿")
        f.press(.left, .left, .left)
        XCTAssertEqual(f.cursor, 1)
        f.press(.delete)
        XCTAssertEqual(f.text, "ab🇳🇿")
    }

    func testHomeEndAndEmacsKeys() {
        var f = TextField(text: "hello")
        f.press(.home); XCTAssertEqual(f.cursor, 0)
        f.press(.end); XCTAssertEqual(f.cursor, 5)
        f.press(.ctrl("a")); XCTAssertEqual(f.cursor, 0)
        f.press(.ctrl("e")); XCTAssertEqual(f.cursor, 5)
        XCTAssertEqual(f.handle(.enter), .ignored)
        XCTAssertEqual(f.handle(.escape), .ignored)
        XCTAssertEqual(f.handle(.tab), .ignored)
        XCTAssertEqual(f.handle(.up), .ignored)
        XCTAssertEqual(f.handle(.right), .consumed)
        XCTAssertEqual(f.handle(.backspace), .changed)
    }

    func testDeleteWordToStartAndToEnd() {
        var f = TextField(text: "hello big  world")
        f.press(.ctrl("w")); XCTAssertEqual(f.text, "hello big  ")
        f.press(.ctrl("w")); XCTAssertEqual(f.text, "hello ")
        f = TextField(text: "one two three")
        f.moveCursor(to: 4)
        f.press(.ctrl("k")); XCTAssertEqual(f.text, "one ")
        f = TextField(text: "one two three")
        f.moveCursor(to: 8)
        f.press(.ctrl("u")); XCTAssertEqual(f.text, "three"); XCTAssertEqual(f.cursor, 0)
        XCTAssertEqual(f.handle(.ctrl("u")), .consumed)
    }

    func testPasteTurnsNewlinesIntoSpaces() {
        var f = TextField(text: "[]")
        f.press(.left)
        XCTAssertEqual(f.handle(.paste("line one\nline two\r\nthree\ttab")), .changed)
        XCTAssertEqual(f.text, "[line one line two three tab]")
        XCTAssertEqual(f.cursor, 28)
    }

    func testPasteDropsControlCharacters() {
        var f = TextField()
        _ = f.handle(.paste("a\u{1B}[31mb\u{7F}c\u{85}d\u{9F}é"))
        XCTAssertEqual(f.text, "a[31mbcdé")
        XCTAssertTrue(PasteCleaner.isClean("plain é 日本 👍🏽\n", keepingNewlines: true))
        XCTAssertFalse(PasteCleaner.isClean("plain\n", keepingNewlines: false))
        XCTAssertFalse(PasteCleaner.isClean("tab\there", keepingNewlines: true))
    }

    func testMaxLengthCountsGraphemes() {
        var f = TextField(maxLength: 4)
        f.type("日e\u{301}👩‍💻xyz")
        XCTAssertEqual(f.text, "日e\u{301}👩‍💻x")
        XCTAssertEqual(f.handle(.char("q")), .consumed)
        _ = f.handle(.paste("more"))
        XCTAssertEqual(f.text.count, 4)
    }

    func testRenderWithCursor() {
        let f = TextField(text: "hello")
        let b = rendered(width: 80, height: 1) { f.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "hello")
        XCTAssertEqual(b.cursor, Point(x: 5, y: 0))
        let unfocused = rendered(width: 80, height: 1, focused: false) { f.render(into: &$0, area: $1, focused: $2, theme: $3) }
        XCTAssertNil(unfocused.cursor)
    }

    func testPlaceholderShowsWhenEmpty() {
        let f = TextField(placeholder: "Client code, e.g. C-12")
        let b = rendered(width: 12, height: 1) { f.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "Client code…")
        XCTAssertEqual(b.cursor, Point(x: 0, y: 0))
    }

    func testScrollsToKeepTheCursorVisible() {
        var f = TextField(text: "abcdefghijklmnop")
        var b = rendered(width: 10, height: 1) { f.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "‹ijklmnop")
        XCTAssertEqual(b.cursor, Point(x: 9, y: 0))
        f.press(.home)
        b = rendered(width: 10, height: 1) { f.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "abcdefghi›")
        XCTAssertEqual(b.cursor, Point(x: 0, y: 0))
    }

    func testScrollingWithWideCharactersNeverShowsHalfAGlyph() {
        let f = TextField(text: "a日本語日本")
        let b = rendered(width: 6, height: 1) { f.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "‹日本")
        XCTAssertEqual(b.cursor, Point(x: 5, y: 0))
        let g = TextField(text: "日本語日本語")
        let c = rendered(width: 7, height: 1) { g.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(c, "‹ 本語")
        XCTAssertEqual(c.cursor, Point(x: 6, y: 0))
    }

    func testRenderInsideALargerScreenAtNarrowWidth() {
        var f = TextField(text: "Supervision notes are private")
        f.moveCursor(to: 3)
        var b = Buffer(width: 20, height: 3)
        b.write("Client:", x: 0, y: 1)
        f.render(into: &b, area: Rect(x: 8, y: 1, width: 12, height: 1), focused: true, theme: .color)
        assertRenders(b, """

            Client: Supervision›
            """)
        XCTAssertEqual(b.cursor, Point(x: 11, y: 1))
        XCTAssertTrue(b[8, 1].style.underline, "the field's extent is underlined")
    }
}

/// Random editing of a field at several widths: the cursor stays inside the field and sits right after the
/// grapheme before it, whatever mix of wide, combining and emoji text scrolled the field.
final class TextFieldPropertyTests: XCTestCase {
    func testCursorAlwaysFollowsTheGraphemeBeforeIt() {
        var g = TextAreaLayoutPropertyTests.Generator(state: 7)
        let typed: [Character] = ["a", "b", " ", "日", "é", "e\u{301}", "👩‍💻", "🇳🇿", "x"]
        let keys: [Key] = [.backspace, .delete, .left, .right, .home, .end, .ctrl("w"), .ctrl("k"), .ctrl("u")]
        for width in [1, 2, 3, 5, 8] {
            var f = TextField()
            for step in 0..<1500 {
                if g.next(3) > 0 { _ = f.handle(.char(typed[g.next(typed.count)])) } else { _ = f.handle(keys[g.next(keys.count)]) }
                var b = Buffer(width: width, height: 1)
                f.render(into: &b, area: b.area, focused: true, theme: .mono)
                guard let cursor = b.cursor else { return XCTFail("no cursor") }
                XCTAssertTrue((0..<width).contains(cursor.x), "width \(width) step \(step)")
                let before = f.text.prefix(f.cursor).last
                guard let ch = before, width > 2 else { continue }
                let w = DisplayWidth.of(ch)
                let x = cursor.x - w
                // The grapheme before the cursor is drawn just left of it, unless the scroll marker covers it.
                if x > 0 || (x == 0 && b[0, 0].text != "‹") {
                    XCTAssertEqual(b[x, 0].text, String(ch), "width \(width) step \(step): \(f.text) cursor \(f.cursor)")
                }
            }
        }
    }
}
