import XCTest
@testable import AttuneDomain

final class EntryIDTests: XCTestCase {
    func testMadeIDsFollowTheSchemaPattern() {
        let date = Date(timeIntervalSince1970: 1_795_316_577)  // 2026-11-22T03:02:57Z
        XCTAssertEqual(EntryID.make(kind: .note, at: date, random: 0x7f3a).rawValue, "20261122-0302-note-7f3a")
        XCTAssertEqual(EntryID.make(kind: .checkin, at: date, random: 0).rawValue, "20261122-0302-checkin-0000")
        for kind in EntryKind.allCases {
            let id = EntryID.make(kind: kind, at: date)
            XCTAssertTrue(id.rawValue.hasPrefix("20261122-0302-\(kind.rawValue)-"))
            XCTAssertEqual(id.rawValue.split(separator: "-").last?.count, 4)
            XCTAssertTrue(id.isSafeFileName, id.rawValue)
        }
    }

    func testIDsSortByCreationTime() {
        let earlier = EntryID.make(kind: .reflection, at: Date(timeIntervalSince1970: 1_795_316_577), random: 0xffff)
        let later = EntryID.make(kind: .assessment, at: Date(timeIntervalSince1970: 1_795_316_577 + 60), random: 0)
        XCTAssertLessThan(earlier, later)
        XCTAssertEqual([later, earlier].sorted(), [earlier, later])
    }

    func testUnsafeFileNamesAreRecognised() {
        for raw in ["", ".hidden", "../escape", "a/b", "a\\b", "with space", "new\nline", String(repeating: "a", count: 121)] {
            XCTAssertFalse(EntryID(raw).isSafeFileName, raw.debugDescription)
        }
        for raw in ["20261122-0302-note-7f3a", "draft_1", String(repeating: "a", count: 120)] {
            XCTAssertTrue(EntryID(raw).isSafeFileName, raw)
        }
    }
}
