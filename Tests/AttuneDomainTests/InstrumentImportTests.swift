import XCTest
@testable import AttuneDomain

/// Wording fixtures are synthetic placeholders, never the wording of a real instrument.
final class InstrumentImportTests: XCTestCase {
    private func lines(_ count: Int) -> [String] { (1...count).map { "Synthetic statement number \($0)?" } }

    func testOneItemPerLineInOrder() throws {
        let cbi = try loadCBI()
        let items = try InstrumentImport.parse(text: lines(19).joined(separator: "\n") + "\n", key: cbi)
        XCTAssertEqual(items, lines(19))
    }

    func testWrongCountSaysExpectedAndFound() throws {
        let cbi = try loadCBI()
        let error = thrownError { try InstrumentImport.parse(text: lines(18).joined(separator: "\n"), key: cbi) }
        XCTAssertEqual(error as? InstrumentImportError, .wrongCount(instrument: "CBI", expected: 19, found: 18))
        XCTAssertTrue(String(describing: error!).contains("expected 19 items, found 18"))
        let proqol = try loadProQOL()
        XCTAssertEqual(thrownError { try InstrumentImport.parse(text: "", key: proqol) } as? InstrumentImportError,
                       .wrongCount(instrument: "ProQOL 5", expected: 30, found: 0))
    }

    func testBlankLinesCommentsAndSpacesAreIgnored() throws {
        let cbi = try loadCBI()
        var text = "# Wording imported from my own copy\r\n\r\n"
        for (index, line) in lines(19).enumerated() {
            text += "   \(line)\t \r\n"
            if index == 5 { text += "\n   \n# work-related part\n" }
        }
        XCTAssertEqual(try InstrumentImport.parse(text: text, key: cbi), lines(19))
    }

    func testUnicodeIsKept() throws {
        let cbi = try loadCBI()
        var wording = lines(19)
        wording[0] = "Hvor ofte føler du dig træt — synthetic?"
        wording[1] = "合成の質問です。"
        wording[2] = "Cafe\u{301} with a combining accent"
        wording[3] = "Emoji stays 🧭"
        let data = Data(("\u{FEFF}" + wording.joined(separator: "\n")).utf8)
        let items = try InstrumentImport.parse(data: data, key: cbi)
        XCTAssertEqual(items, wording)
        XCTAssertEqual(items[2].unicodeScalars.count, wording[2].unicodeScalars.count)
    }

    func testBinaryDataIsRefused() throws {
        let cbi = try loadCBI()
        // A PNG signature: 0x89 cannot start a UTF-8 sequence.
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(thrownError { try InstrumentImport.parse(data: png, key: cbi) } as? InstrumentImportError,
                       .notUTF8(byteOffset: 0))
        // Valid text, then a truncated two-byte sequence: offset counts the bytes before it.
        let truncated = Data("ok é".utf8) + Data([0xC3])
        XCTAssertEqual(thrownError { try InstrumentImport.parse(data: truncated, key: cbi) } as? InstrumentImportError,
                       .notUTF8(byteOffset: 5))
        // UTF-16 text has NUL bytes between ASCII letters.
        let utf16 = lines(19).joined(separator: "\n").data(using: .utf16LittleEndian)!
        XCTAssertEqual(thrownError { try InstrumentImport.parse(data: utf16, key: cbi) } as? InstrumentImportError,
                       .containsNUL)
    }

    func testControlCharactersAreRefusedWithTheLine() throws {
        let cbi = try loadCBI()
        var wording = lines(19)
        wording[2] = "Synthetic \u{1B}[31mred\u{1B}[0m"
        let error = thrownError { try InstrumentImport.parse(text: wording.joined(separator: "\n"), key: cbi) }
        XCTAssertEqual(error as? InstrumentImportError, .controlCharacter(line: 3))
    }

    func testOversizedFileIsRefused() throws {
        let cbi = try loadCBI()
        let big = Data(repeating: 0x61, count: InstrumentImport.maximumBytes + 1)
        XCTAssertEqual(thrownError { try InstrumentImport.parse(data: big, key: cbi) } as? InstrumentImportError,
                       .tooLarge(bytes: InstrumentImport.maximumBytes + 1, limit: InstrumentImport.maximumBytes))
    }
}
