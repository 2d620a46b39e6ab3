import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

final class ConflictTests: XCTestCase {
    var root: URL!
    var wb: Workbook!

    override func setUpWithError() throws {
        root = try makeTemporaryFolder("conflict").appendingPathComponent("book")
        wb = try Workbook.create(at: root, role: .supervisee, name: "T", now: { fixedNow })
    }
    override func tearDownWithError() throws {
        wb.close()
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    private func fileOf(_ e: Entry) -> URL { root.appendingPathComponent(Workbook.relativePath(for: e.id, created: e.created)) }

    /// An outside editor rewrites the file in place.
    private func editOutside(_ e: Entry, body: String) throws {
        var theirs = e
        theirs.body = body
        try EntryCodec.encode(theirs).write(to: fileOf(e), atomically: false, encoding: .utf8)
    }

    func testOutsideEditIsDetectedAndNothingIsOverwritten() throws {
        let e = SyntheticEntries.note(1, created: fixedNow)
        try wb.save(e)
        var ours = try wb.entry(e.id)
        ours.body = "Our edit."
        try editOutside(e, body: "Their edit.")
        XCTAssertThrowsError(try wb.save(ours)) { error in
            guard let conflict = error as? ConflictError else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.ours.body, "Our edit.")
            XCTAssertEqual(conflict.theirs?.body, "Their edit.")
            XCTAssertTrue(conflict.description.contains("changed outside attune"))
        }
        XCTAssertEqual(try wb.entry(e.id).body, "Their edit.")
    }

    func testReloadTakesDiskVersionAndThenSaves() throws {
        let e = SyntheticEntries.note(1, created: fixedNow)
        try wb.save(e)
        var ours = e
        ours.body = "Ours."
        try editOutside(e, body: "Theirs.")
        do { try wb.save(ours); XCTFail("expected conflict") } catch let c as ConflictError {
            let reloaded = try wb.resolve(c, by: .reload)
            XCTAssertEqual(reloaded?.body, "Theirs.")
            var next = try XCTUnwrap(reloaded)
            next.body = "Theirs, then ours."
            try wb.save(next)
            XCTAssertEqual(try wb.entry(e.id).body, "Theirs, then ours.")
        }
    }

    func testKeepBothSavesOursUnderNewID() throws {
        let e = SyntheticEntries.note(1, created: fixedNow)
        try wb.save(e)
        var ours = e
        ours.body = "Ours."
        try editOutside(e, body: "Theirs.")
        do { try wb.save(ours); XCTFail("expected conflict") } catch let c as ConflictError {
            let copy = try XCTUnwrap(try wb.resolve(c, by: .keepBoth))
            XCTAssertNotEqual(copy.id, e.id)
            XCTAssertEqual(try wb.entry(copy.id).body, "Ours.")
            XCTAssertEqual(try wb.entry(e.id).body, "Theirs.")
            XCTAssertEqual(wb.summaries().count, 2)
        }
    }

    func testCancelChangesNothing() throws {
        let e = SyntheticEntries.note(1, created: fixedNow)
        try wb.save(e)
        try editOutside(e, body: "Theirs.")
        let before = try Data(contentsOf: fileOf(e))
        do { try wb.save(e); XCTFail("expected conflict") } catch let c as ConflictError {
            XCTAssertNil(try wb.resolve(c, by: .cancel))
        }
        XCTAssertEqual(try Data(contentsOf: fileOf(e)), before)
    }

    func testNewEntryCollidingWithExistingFileAndDeletedFileAreConflicts() throws {
        let e = SyntheticEntries.note(1, created: fixedNow)
        try wb.save(e)
        wb.close()
        wb = try Workbook.open(at: root, now: { fixedNow })
        // Never read by this workbook object: saving blindly over it is refused.
        XCTAssertThrowsError(try wb.save(e)) { XCTAssertTrue($0 is ConflictError) }
        _ = try wb.entry(e.id)
        try FileManager.default.removeItem(at: fileOf(e))
        XCTAssertThrowsError(try wb.save(e)) { error in
            XCTAssertNil((error as? ConflictError)?.theirsText)
            XCTAssertTrue("\(error)".contains("deleted outside attune"))
        }
    }

    func testDeleteRefusesWhenChangedOutside() throws {
        let e = SyntheticEntries.note(1, created: fixedNow)
        try wb.save(e)
        try editOutside(e, body: "Theirs.")
        XCTAssertThrowsError(try wb.delete(e.id)) { XCTAssertTrue($0 is ConflictError) }
        XCTAssertTrue(FileManager.default.fileExists(atPath: fileOf(e).path))
    }
}
