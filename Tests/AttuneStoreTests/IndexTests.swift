import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

final class IndexTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = try makeTemporaryFolder("index").appendingPathComponent("book")
        try Workbook.create(at: root, role: .supervisee, name: "T").close()
        try SyntheticEntries.writeFiles(count: 30, into: root)
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

    /// Opens read-only with a clock far ahead so no stamp counts as "racy" and the index is fully trusted.
    private func open(now: Date = Date().addingTimeInterval(3600)) throws -> Workbook {
        try Workbook.open(at: root, mode: .readOnly, now: { now })
    }

    private var indexFile: URL { root.appendingPathComponent(EntryIndex.relativePath) }

    /// Moves a path's mtime into the past so the test does not depend on clock ticks.
    private func age(_ url: URL, seconds: Int = 100) {
        var st = stat()
        lstat(url.path, &st)
        var times = [timespec(tv_sec: st.st_mtim.tv_sec - seconds, tv_nsec: 0),
                     timespec(tv_sec: st.st_mtim.tv_sec - seconds, tv_nsec: 0)]
        utimensat(AT_FDCWD, url.path, &times, 0)
    }

    private func ageAll() {
        let e = FileManager.default.enumerator(atPath: root.appendingPathComponent("entries").path)!
        for case let rel as String in e { age(root.appendingPathComponent("entries/" + rel)) }
        age(root.appendingPathComponent("entries"))
    }

    func testIndexIsBuiltThenUsedForRecent() throws {
        ageAll()
        XCTAssertFalse(FileManager.default.fileExists(atPath: indexFile.path))
        let all = try open().summaries()
        XCTAssertEqual(all.count, 30)
        XCTAssertEqual(all.first?.id, SyntheticEntries.note(0, created: fixedNow).id)
        XCTAssertTrue(FileManager.default.fileExists(atPath: indexFile.path))
        // Fast path answers from the index head alone.
        let quick = try XCTUnwrap(RecentReader.read(root: root, limit: 5))
        XCTAssertEqual(quick, Array(all.prefix(5)))
        XCTAssertEqual(try open().recent(limit: 5), quick)
        XCTAssertEqual(all[0].fields["client"], .string("C-0"))
        XCTAssertTrue(all[0].title.hasPrefix("C-0 · "), all[0].title)
    }

    func testAddEditDeleteBehindTheAppsBackAreNoticed() throws {
        ageAll()
        _ = try open().summaries()
        // Add: a new file in an existing month folder.
        var added = SyntheticEntries.note(100, created: fixedNow.addingTimeInterval(60))
        added.id = EntryID("20261122-0303-note-beef")
        try EntryCodec.encode(added).write(to: root.appendingPathComponent(Workbook.relativePath(for: added.id, created: added.created)),
                                            atomically: true, encoding: .utf8)
        XCTAssertNil(RecentReader.read(root: root, limit: 3), "a changed folder must disable the fast path")
        XCTAssertEqual(try open().recent(limit: 1).first?.id, added.id)

        // Edit in place (folder mtime unchanged): caught by the per-file check.
        ageAll()
        _ = try open().summaries()
        let victim = SyntheticEntries.note(7, created: fixedNow.addingTimeInterval(-3600 * 7))
        var changed = victim
        changed.fields["client"] = .string("C-EDITED")
        let victimFile = root.appendingPathComponent(Workbook.relativePath(for: victim.id, created: victim.created))
        let handle = try FileHandle(forWritingTo: victimFile)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(EntryCodec.encode(changed).utf8))
        try handle.close()
        let summaries = try open().summaries()
        XCTAssertEqual(summaries.first { $0.id == victim.id }?.fields["client"], .string("C-EDITED"))

        // Delete.
        try FileManager.default.removeItem(at: victimFile)
        XCTAssertFalse(try open().summaries().contains { $0.id == victim.id })

        // A whole new year folder.
        var future = SyntheticEntries.note(200, created: fixedNow.addingTimeInterval(86400 * 400))
        future.id = EntryID(SyntheticEntries.idStamp(future.created) + "-note-0200")
        let futureFile = root.appendingPathComponent(Workbook.relativePath(for: future.id, created: future.created))
        try AtomicFile.makeFolder(futureFile.deletingLastPathComponent())
        try EntryCodec.encode(future).write(to: futureFile, atomically: true, encoding: .utf8)
        XCTAssertEqual(try open().recent(limit: 1).first?.id, future.id)
    }

    func testRecentSeesInPlaceEditOfAShownEntry() throws {
        ageAll()
        _ = try open().summaries()
        let top = SyntheticEntries.note(0, created: fixedNow)
        var changed = top
        changed.fields["client"] = .string("C-NEW")
        let file = root.appendingPathComponent(Workbook.relativePath(for: top.id, created: top.created))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(EntryCodec.encode(changed).utf8))
        try handle.close()
        XCTAssertNil(RecentReader.read(root: root, limit: 3), "a shown file with a new stamp disables the fast path")
        XCTAssertEqual(try open().recent(limit: 3).first?.fields["client"], .string("C-NEW"))
    }

    func testCorruptOrTruncatedIndexIsRebuilt() throws {
        ageAll()
        let expected = try open().summaries()
        let bytes = try Data(contentsOf: indexFile)
        for damaged in [Data(), bytes.prefix(bytes.count / 2), Data(bytes.map { $0 ^ 0x5A }), Data("junk".utf8)] {
            try damaged.write(to: indexFile)
            XCTAssertNil(RecentReader.read(root: root, limit: 10).flatMap { $0.count == 10 ? nil : $0 })
            XCTAssertEqual(try open().summaries(), expected)
            XCTAssertEqual(try open().recent(limit: 10), Array(expected.prefix(10)))
        }
        try FileManager.default.removeItem(at: indexFile)
        XCTAssertEqual(try open().recent(limit: 3), Array(expected.prefix(3)))
    }

    func testRacyStampsAreNotTrusted() throws {
        // Files written just now: the index must store their stamps as unknown and look again next time.
        let wb = try Workbook.open(at: root, mode: .readOnly, now: { Date() })
        XCTAssertEqual(wb.summaries().count, 30)
        XCTAssertNil(RecentReader.read(root: root, limit: 3))
    }

    func testBadFilesAreQuarantinedNotTouched() throws {
        ageAll()
        let bad = root.appendingPathComponent("entries/2026/11/20261101-0000-note-0bad.md")
        let garbage = Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0xFF, 0x0A])
        try garbage.write(to: bad)
        let wb = try open()
        XCTAssertEqual(wb.summaries().count, 30)
        let problems = wb.unreadableFiles()
        XCTAssertEqual(problems.map(\.path), ["entries/2026/11/20261101-0000-note-0bad.md"])
        XCTAssertEqual(problems.first?.line, 2)
        XCTAssertEqual(try Data(contentsOf: bad), garbage)
        // Fixing it by hand brings it back.
        try EntryCodec.encode(SyntheticEntries.note(9999, created: fixedNow)).write(to: bad, atomically: true, encoding: .utf8)
        XCTAssertEqual(try open().summaries().count, 31)
        XCTAssertTrue(try open().unreadableFiles().isEmpty)
    }

    func testLongTextIsShortenedInSummaries() throws {
        let wb = try Workbook.open(at: root, now: { fixedNow })
        defer { wb.close() }
        var e = SyntheticEntries.note(1, created: fixedNow.addingTimeInterval(7200))
        e.id = EntryID("20261122-0502-note-1010")
        e.fields["for_supervision"] = .string(String(repeating: "x", count: 1000))
        try wb.save(e)
        let s = try XCTUnwrap(wb.summaries().first { $0.id == e.id })
        XCTAssertEqual(s.fields["for_supervision"]?.string?.count, EntrySummary.textLimit + 1)
        XCTAssertEqual(try wb.entry(e.id).fields["for_supervision"]?.string?.count, 1000)
    }
}
