import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

final class LockTests: XCTestCase {
    var root: URL!

    override func setUpWithError() throws {
        root = try makeTemporaryFolder("lock").appendingPathComponent("book")
        try Workbook.create(at: root, role: .supervisee, name: "T").close()
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

    private var lockFile: URL { root.appendingPathComponent(".attune/lock") }

    /// A pid that certainly belonged to a process that has ended.
    private func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    func testLockFileNamesHolderAndIsRemovedOnClose() throws {
        let wb = try Workbook.open(at: root, now: { fixedNow })
        let holder = WorkbookLock.currentHolder(at: lockFile.path)
        XCTAssertEqual(holder?.pid, getpid())
        XCTAssertEqual(holder?.host, WorkbookLock.hostName())
        XCTAssertEqual(holder?.since, fixedNow)
        XCTAssertEqual(FileStamp.mode(lockFile.path), 0o600)
        wb.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: lockFile.path))
    }

    func testLiveLockRefusesSecondWriterWithSentence() throws {
        let first = try Workbook.open(at: root)
        defer { first.close() }
        XCTAssertThrowsError(try Workbook.open(at: root)) { error in
            guard case .locked(let holder)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(holder.pid, getpid())
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("workbook is open in attune (pid \(getpid())) since "), text)
            XCTAssertTrue(text.hasSuffix(" — close it first"), text)
        }
        // Readers are not blocked.
        let reader = try Workbook.open(at: root, mode: .readOnly)
        XCTAssertTrue(reader.summaries().isEmpty)
        XCTAssertTrue(reader.diagnose().isEmpty, "\(reader.diagnose())")
    }

    func testStaleLockIsTakenOver() throws {
        let dead = LockHolder(pid: try deadPID(), host: WorkbookLock.hostName(), since: fixedNow)
        try dead.fileText.write(to: lockFile, atomically: true, encoding: .utf8)
        chmod(lockFile.path, 0o600)
        let ro = try Workbook.open(at: root, mode: .readOnly)
        XCTAssertEqual(ro.diagnose().map(\.kind), [.staleLock])
        let wb = try Workbook.open(at: root)
        XCTAssertEqual(WorkbookLock.currentHolder(at: lockFile.path)?.pid, getpid())
        wb.close()
    }

    func testLockFromAnotherHostIsRespected() throws {
        let remote = LockHolder(pid: 1, host: "other-laptop", since: fixedNow)
        try remote.fileText.write(to: lockFile, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Workbook.open(at: root)) { error in
            XCTAssertTrue("\(error)".contains("pid 1 on other-laptop"), "\(error)")
        }
    }

    func testGarbageLockOlderThanAFewSecondsIsStale() throws {
        try "garbage".write(to: lockFile, atomically: true, encoding: .utf8)
        var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        utimensat(AT_FDCWD, lockFile.path, &times, 0)
        let wb = try Workbook.open(at: root)
        XCTAssertEqual(WorkbookLock.currentHolder(at: lockFile.path)?.pid, getpid())
        wb.close()
    }
}
