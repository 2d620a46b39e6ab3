import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

final class DoctorTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = try makeTemporaryFolder("doctor").appendingPathComponent("book")
        try Workbook.create(at: root, role: .supervisee, name: "T").close()
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

    func testCleanWorkbookHasNoProblems() throws {
        let wb = try Workbook.open(at: root)
        defer { wb.close() }
        try wb.save(SyntheticEntries.note(1, created: fixedNow))
        XCTAssertEqual(wb.diagnose(), [])
    }

    func testFindsAndSafelyFixesProblems() throws {
        let good = SyntheticEntries.note(1, created: fixedNow)
        let month = root.appendingPathComponent("entries/2026/11")
        try AtomicFile.makeFolder(month)
        let goodFile = month.appendingPathComponent("\(good.id).md")
        try EntryCodec.encode(good).write(to: goodFile, atomically: true, encoding: .utf8) // 0644: too open
        let copy = month.appendingPathComponent("20261122-0302-note-ffff.md")   // same id inside: mismatch + duplicate
        try EntryCodec.encode(good).write(to: copy, atomically: true, encoding: .utf8)
        chmod(copy.path, 0o600)
        let broken = month.appendingPathComponent("20261121-0000-note-0001.md")
        try Data("---\nid: [\n".utf8).write(to: broken)
        chmod(broken.path, 0o600)
        let oldTemp = month.appendingPathComponent(AtomicFile.tempPrefix + "1-2-x.md")
        let newTemp = month.appendingPathComponent(AtomicFile.tempPrefix + "1-3-y.md")
        for t in [oldTemp, newTemp] { FileManager.default.createFile(atPath: t.path, contents: Data("partial".utf8), attributes: [.posixPermissions: 0o600]) }
        var times = [timespec(tv_sec: 1_000, tv_nsec: 0), timespec(tv_sec: 1_000, tv_nsec: 0)]
        utimensat(AT_FDCWD, oldTemp.path, &times, 0)
        try FileManager.default.removeItem(at: root.appendingPathComponent("rules"))

        let wb = try Workbook.open(at: root, now: { Date() })
        defer { wb.close() }
        // open() recreates missing folders itself; remove one again to see doctor find it.
        try FileManager.default.removeItem(at: root.appendingPathComponent("rules"))
        let found = wb.diagnose()
        let kinds = Set(found.map(\.kind))
        XCTAssertEqual(kinds, [.unparseable, .idMismatch, .duplicateID, .wrongPermissions, .strayTempFile, .missingFolder],
                       "\(found)")
        XCTAssertTrue(found.contains { $0.kind == .unparseable && $0.path == "entries/2026/11/20261121-0000-note-0001.md" })

        let brokenBytes = try Data(contentsOf: broken)
        let report = try wb.fix()
        XCTAssertTrue(report.contains("created missing folder rules"), "\(report)")
        XCTAssertTrue(report.contains { $0.contains("removed leftover temporary file") && $0.contains("1-2-x") })
        XCTAssertTrue(report.contains { $0.hasPrefix("set entries/2026/11/\(good.id).md to 600") }, "\(report)")
        XCTAssertTrue(report.contains { $0.hasPrefix("rebuilt the index") })
        XCTAssertFalse(FileManager.default.fileExists(atPath: oldTemp.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: newTemp.path), "a temp file younger than a minute may be in use")
        XCTAssertEqual(try Data(contentsOf: broken), brokenBytes, "doctor never edits entries")
        XCTAssertTrue(FileManager.default.fileExists(atPath: copy.path))
        let after = Set(wb.diagnose().map(\.kind))
        XCTAssertEqual(after, [.unparseable, .idMismatch, .duplicateID, .strayTempFile])
    }

    func testFixNeedsWriteAccess() throws {
        let ro = try Workbook.open(at: root, mode: .readOnly)
        XCTAssertThrowsError(try ro.fix()) { XCTAssertEqual($0 as? StoreError, .readOnly) }
    }
}
