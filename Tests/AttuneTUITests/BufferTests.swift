import XCTest
@testable import AttuneTUI

final class BufferTests: XCTestCase {
    func testWideCharacterTakesTwoCells() {
        var b = Buffer(width: 6, height: 1)
        let end = b.write("日本", x: 0, y: 0)
        XCTAssertEqual(end, 4)
        XCTAssertEqual(b[0, 0].width, 2)
        XCTAssertEqual(b[1, 0].width, 0)
        assertRenders(b, "日本")
    }

    func testWideCharacterStraddlingTheRightEdgeIsNotDrawn() {
        var b = Buffer(width: 5, height: 1)
        b.write("ab日本", x: 0, y: 0)
        assertRenders(b, "ab日")
        var c = Buffer(width: 6, height: 1)
        c.write("日本", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        XCTAssertEqual(c[2, 0].text, " ")
        assertRenders(c, "日")
    }

    func testWideCharacterCutAtTheLeftClipIsSkipped() {
        var b = Buffer(width: 6, height: 1)
        b.write("日本語", x: -1, y: 0)
        assertRenders(b, " 本語")
        XCTAssertEqual(b[0, 0].text, " ", "the visible half of a cut wide character stays blank")
    }

    func testOverwritingTheSecondHalfOfAWideCharBlanksTheFirst() {
        var b = Buffer(width: 4, height: 1)
        b.write("日本", x: 0, y: 0)
        b.write("x", x: 1, y: 0)
        assertRenders(b, " x本")
        XCTAssertEqual(b[0, 0].width, 1)
    }

    func testOverwritingTheFirstHalfOfAWideCharBlanksTheSecond() {
        var b = Buffer(width: 4, height: 1)
        b.write("日本", x: 0, y: 0)
        b.write("y", x: 2, y: 0)
        assertRenders(b, "日y")
        XCTAssertEqual(b[3, 0].text, " ")
        XCTAssertEqual(b[3, 0].width, 1)
    }

    func testCombiningMarksStayWithTheirBase() {
        var b = Buffer(width: 4, height: 1)
        b.write("e\u{301}a", x: 0, y: 0)
        XCTAssertEqual(b[0, 0].text, "e\u{301}")
        XCTAssertEqual(b[1, 0].text, "a")
        // A lone combining mark written later attaches to the cell before it.
        b.write("\u{308}", x: 2, y: 0)
        XCTAssertEqual(b[1, 0].text, "a\u{308}")
        XCTAssertEqual(b.line(0), "e\u{301}a\u{308}")
    }

    func testFillNextToAWideCharDoesNotLeaveHalfAGlyph() {
        var b = Buffer(width: 4, height: 1)
        b.write("日本", x: 0, y: 0)
        b.fill(Rect(x: 1, y: 0, width: 2, height: 1), char: "-")
        assertRenders(b, " -- ")
    }

    func testBoxWithTitle() {
        var b = Buffer(width: 12, height: 3)
        b.box(b.area, title: "Help")
        assertRenders(b, """
            ┌ Help ────┐
            │          │
            └──────────┘
            """)
    }
}
