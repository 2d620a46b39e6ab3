import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

/// Full-text search reads every entry file: bodies and long fields that the index summaries cut short.
final class SearchTests: XCTestCase {
    func testFindsWordsAnywhereInTheFileIgnoringCaseAndAccents() throws {
        let root = try makeTemporaryFolder("search")
        defer { try? FileManager.default.removeItem(at: root) }
        let wb = try Workbook.create(at: root, role: .supervisee, name: "T. Trainee", now: { fixedNow })
        defer { wb.close() }
        var a = SyntheticEntries.note(1, created: fixedNow.addingTimeInterval(-3600), bodyLength: 400)
        a.body += "\nAt the very end, long past any summary: the Café by the lighthouse."
        let b = SyntheticEntries.note(2, created: fixedNow.addingTimeInterval(-7200))
        try wb.save(a)
        try wb.save(b)
        XCTAssertEqual(wb.entriesContaining(words: ["cafe", "LIGHTHOUSE"]), [a.id])
        XCTAssertEqual(wb.entriesContaining(words: ["synthetic"]), [a.id, b.id])
        XCTAssertEqual(wb.entriesContaining(words: ["lighthouse", "absent-word"]), [])
        XCTAssertEqual(wb.entriesContaining(words: ["  "]), [], "blank words match nothing rather than everything")
        XCTAssertFalse(wb.summaries().first { $0.id == a.id }!.firstLine.contains("lighthouse"),
                       "the summary alone would not have found it")
    }
}
