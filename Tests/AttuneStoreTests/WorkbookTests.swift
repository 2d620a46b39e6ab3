import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

final class WorkbookTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws { root = try makeTemporaryFolder("wb").appendingPathComponent("book") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

    func testCreateMakesLayoutWithPrivatePermissions() throws {
        let wb = try Workbook.create(at: root, role: .supervisee, name: "T. Trainee", now: { fixedNow })
        defer { wb.close() }
        for folder in Workbook.folderNames {
            XCTAssertEqual(FileStamp.mode(root.appendingPathComponent(folder).path), 0o700, folder)
        }
        XCTAssertEqual(FileStamp.mode(root.path), 0o700)
        XCTAssertEqual(FileStamp.mode(root.appendingPathComponent("workbook").path), 0o600)
        let manifest = try String(contentsOf: root.appendingPathComponent("workbook"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("schema: 1\n"))
        XCTAssertTrue(manifest.contains("role: supervisee\n"))
        XCTAssertTrue(try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8).contains(".attune/"))
        XCTAssertThrowsError(try Workbook.create(at: root, role: .supervisor, name: "x")) { error in
            XCTAssertEqual(error as? StoreError, .alreadyExists(path: root.path))
        }
    }

    func testSaveReadListDeleteRestore() throws {
        let wb = try Workbook.create(at: root, role: .supervisee, name: "T", now: { fixedNow })
        defer { wb.close() }
        let a = SyntheticEntries.note(1, created: fixedNow)
        let b = SyntheticEntries.note(2, created: fixedNow.addingTimeInterval(-86400 * 40))
        try wb.save(a)
        try wb.save(b)
        let file = root.appendingPathComponent(Workbook.relativePath(for: a.id, created: a.created))
        XCTAssertEqual(FileStamp.mode(file.path), 0o600)
        XCTAssertTrue(file.path.contains("/entries/2026/11/"))
        XCTAssertEqual(try wb.entry(a.id), a)
        XCTAssertEqual(wb.summaries().map(\.id), [a.id, b.id])
        XCTAssertEqual(wb.recent(limit: 1).map(\.id), [a.id])
        XCTAssertEqual(wb.allEntries().entries, [a, b])
        XCTAssertEqual(wb.allEntries().unreadable, [])

        var edited = try wb.entry(a.id)
        edited.body = "Edited."
        try wb.save(edited)
        XCTAssertEqual(try wb.entry(a.id).body, "Edited.")

        try wb.delete(a.id)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
        XCTAssertEqual(wb.summaries().map(\.id), [b.id])
        XCTAssertEqual(wb.trashed().map(\.id), [a.id])
        XCTAssertThrowsError(try wb.entry(a.id))
        let restored = try wb.restore(a.id)
        XCTAssertEqual(restored.body, "Edited.")
        XCTAssertEqual(wb.summaries().map(\.id), [a.id, b.id])
        XCTAssertTrue(wb.trashed().isEmpty)
    }

    func testDraftsAreSeparate() throws {
        let wb = try Workbook.create(at: root, role: .supervisee, name: "T", now: { fixedNow })
        defer { wb.close() }
        let d = SyntheticEntries.note(5, created: fixedNow)
        try wb.saveDraft(d)
        XCTAssertEqual(wb.drafts(), [d])
        XCTAssertEqual(try wb.draft(d.id), d)
        XCTAssertTrue(wb.summaries().isEmpty, "drafts are not entries")
        try wb.deleteDraft(d.id)
        XCTAssertTrue(wb.drafts().isEmpty)
        XCTAssertThrowsError(try wb.draft(d.id))
    }

    func testReadOnlyRefusesChanges() throws {
        try Workbook.create(at: root, role: .supervisor, name: "S").close()
        let ro = try Workbook.open(at: root, mode: .readOnly)
        XCTAssertEqual(ro.role, .supervisor)
        XCTAssertThrowsError(try ro.save(SyntheticEntries.note(1, created: fixedNow))) { error in
            XCTAssertEqual(error as? StoreError, .readOnly)
        }
    }

    func testNotAWorkbookAndNewerSchema() throws {
        XCTAssertThrowsError(try Workbook.open(at: root)) { error in
            XCTAssertEqual(error as? StoreError, .notAWorkbook(path: root.path))
        }
        try Workbook.create(at: root, role: .supervisee, name: "T").close()
        let manifest = root.appendingPathComponent("workbook")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "schema: 1", with: "schema: 9")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Workbook.open(at: root)) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(path: root.path, found: 9, supported: 1))
            XCTAssertTrue("\(error)".contains("newer attune"))
        }
        try Data([0xFF, 0xFE, 0x00]).write(to: manifest)
        XCTAssertThrowsError(try Workbook.open(at: root))
    }

    func testMigratesFlatSchemaZeroLayout() throws {
        try AtomicFile.makeFolder(root.appendingPathComponent("entries"))
        try "format: attune-workbook\nrole: supervisee\nname: Old\n".write(
            to: root.appendingPathComponent("workbook"), atomically: true, encoding: .utf8)
        let a = SyntheticEntries.note(1, created: fixedNow)
        let b = SyntheticEntries.note(2, created: fixedNow.addingTimeInterval(-86400 * 400))
        for e in [a, b] {
            try EntryCodec.encode(e).write(to: root.appendingPathComponent("entries/\(e.id).md"), atomically: true, encoding: .utf8)
        }
        try "not an entry".write(to: root.appendingPathComponent("entries/20250101-0000-note-dead.md"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Workbook.open(at: root, mode: .readOnly)) { error in
            XCTAssertEqual(error as? StoreError, .needsMigration(path: root.path, found: 0))
        }
        let wb = try Workbook.open(at: root, now: { fixedNow })
        defer { wb.close() }
        XCTAssertEqual(wb.schema, 1)
        XCTAssertEqual(wb.migratedFiles, 3)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("entries/2026/11/\(a.id).md").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("entries/2025/10/\(b.id).md").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("entries/2025/01/20250101-0000-note-dead.md").path),
                      "an unreadable file is placed by its id's date, never changed")
        XCTAssertEqual(Set(wb.summaries().map(\.id)), [a.id, b.id])
        XCTAssertTrue(try String(contentsOf: root.appendingPathComponent("workbook"), encoding: .utf8).contains("schema: 1"))
    }

    func testFailedWriteKeepsOldFileAndLeavesNoTemp() throws {
        let wb = try Workbook.create(at: root, role: .supervisee, name: "T", now: { fixedNow })
        defer { wb.close() }
        var e = SyntheticEntries.note(1, created: fixedNow, bodyLength: 50)
        try wb.save(e)
        let file = root.appendingPathComponent(Workbook.relativePath(for: e.id, created: e.created))
        let before = try Data(contentsOf: file)
        e.body = String(repeating: "A much longer body. ", count: 400)
        // A file-size limit makes write(2) fail with EFBIG part-way, as a full disk would with ENOSPC.
        signal(SIGXFSZ, SIG_IGN)
        var old = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &old)
        var small = old
        small.rlim_cur = 2048
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &small)
        XCTAssertThrowsError(try wb.save(e)) { error in
            XCTAssertTrue("\(error)".contains("previous version is unchanged"), "\(error)")
        }
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &old)
        XCTAssertEqual(try Data(contentsOf: file), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, [file.lastPathComponent])
        try wb.save(e)
        XCTAssertEqual(try wb.entry(e.id).body, e.body)
    }
}
