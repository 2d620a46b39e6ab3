import XCTest
@testable import AttuneTUI

final class WrapTests: XCTestCase {
    func testWrapsAtSpaces() {
        XCTAssertEqual(Wrap.lines("The quick brown fox jumps over the lazy dog", width: 20),
                       ["The quick brown fox", "jumps over the lazy", "dog"])
    }

    func testBreaksLongWords() {
        XCTAssertEqual(Wrap.lines("abcdefghij klm", width: 4), ["abcd", "efgh", "ij", "klm"])
    }

    func testWideCharactersCountTwoCells() {
        XCTAssertEqual(Wrap.lines("日本語のテキスト", width: 5), ["日本", "語の", "テキ", "スト"])
        XCTAssertEqual(Wrap.lines("ab 👩‍💻👩‍💻 cd", width: 5), ["ab", "👩‍💻👩‍💻", "cd"])
    }

    func testKeepsParagraphsAndBlankLines() {
        XCTAssertEqual(Wrap.lines("one\n\ntwo three", width: 5), ["one", "", "two", "three"])
        XCTAssertEqual(Wrap.lines("", width: 5), [""])
        XCTAssertEqual(Wrap.lines("anything", width: 0), [])
    }

    func testRowsCoverTheLineWithoutGaps() {
        let line = "Mixed 日本 text with é and 👍🏽 and more words"
        for width in 1...20 {
            let rows = Wrap.rows(line[...], width: width)
            XCTAssertEqual(rows.map { String(line[$0]) }.joined(), line, "width \(width)")
            for r in rows {
                var row = line[r]
                if row.last == " " { row.removeLast() }
                XCTAssertLessThanOrEqual(DisplayWidth.of(String(row)), max(width, 2), "width \(width): \(row)")
            }
        }
    }
}
