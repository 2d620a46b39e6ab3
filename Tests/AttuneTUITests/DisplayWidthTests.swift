import XCTest
@testable import AttuneTUI

final class DisplayWidthTests: XCTestCase {
    func testAccentPrecomposedAndCombiningAreOneCell() {
        XCTAssertEqual(DisplayWidth.of("\u{E9}"), 1)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual("e\u{301}".count, 1, "one grapheme cluster")
    }

    func testCJKIsTwoCellsEach() {
        XCTAssertEqual(DisplayWidth.of("日本"), 4)
        XCTAssertEqual(DisplayWidth.of("a日b"), 4)
    }

    func testEmojiSequencesAreTwoCells() {
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "skin tone modifier")
        XCTAssertEqual(DisplayWidth.of("👩‍💻"), 2, "ZWJ sequence")
        XCTAssertEqual(DisplayWidth.of("🇳🇿"), 2, "flag")
        XCTAssertEqual(DisplayWidth.of("🇳🇿🇦🇺"), 4)
    }

    func testControlsAndZeroWidth() {
        XCTAssertEqual(DisplayWidth.of("\u{200B}"), 0)
        XCTAssertEqual(DisplayWidth.of("\u{7}"), 0)
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }

    func testTruncateAndPadByCells() {
        XCTAssertEqual(DisplayWidth.truncate("日本語テキスト", to: 7), "日本語…")
        XCTAssertEqual(DisplayWidth.pad("日本", to: 6), "日本  ")
        XCTAssertEqual(DisplayWidth.pad("abcdef", to: 4), "abc…")
    }
}
