import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

/// Kills a saving child process with SIGKILL again and again; every entry must stay either its old or its new
/// version, complete and parseable. The child is this test bundle run again with `ATTUNE_CRASH_WORKBOOK` set,
/// which turns `testSaveLoop` into an endless save loop.
final class CrashTests: XCTestCase {
    static let entryCount = 5
    static let childEnv = "ATTUNE_CRASH_WORKBOOK"

    static func id(_ n: Int) -> EntryID { EntryID(String(format: "20261122-0302-note-%04x", n)) }

    /// A body big enough that a torn write would show, with its own checksum in the front matter.
    static func versioned(_ base: Entry, version: Int) -> Entry {
        var e = base
        let line = "Version \(version) of a synthetic note; every line repeats it so a torn write is visible.\n"
        e.body = String(repeating: line, count: 200)
        e.fields["version"] = .int(version)
        e.fields["check"] = .string(String(ContentHash.of(Data(e.body.utf8)), radix: 16))
        e.updated = fixedNow.addingTimeInterval(Double(version))
        return e
    }

    static func seed(_ root: URL) throws {
        let wb = try Workbook.create(at: root, role: .supervisee, name: "Crash", now: { fixedNow })
        defer { wb.close() }
        for n in 0..<entryCount {
            var e = SyntheticEntries.note(n, created: fixedNow)
            e.id = id(n)
            try wb.save(versioned(e, version: 0))
        }
    }

    /// One round of the loop: read an entry, bump its version, save.
    static func saveNext(_ wb: Workbook, step: Int) throws {
        let current = try wb.entry(id(step % entryCount))
        let version = (current.fields["version"]?.int ?? 0) + 1
        try wb.save(versioned(current, version: version))
    }

    /// Reads every entry file directly and checks it is complete; returns the versions.
    static func verify(_ root: URL) throws -> [Int] {
        try (0..<entryCount).map { n in
            let rel = Workbook.relativePath(for: id(n), created: fixedNow)
            let data = try Data(contentsOf: root.appendingPathComponent(rel))
            let e = try EntryCodec.decode(data, path: rel).entry
            guard e.fields["check"]?.string == String(ContentHash.of(Data(e.body.utf8)), radix: 16),
                  let version = e.fields["version"]?.int else {
                throw EntryFileError(path: rel, line: 0, column: 0, reason: "body does not match its checksum")
            }
            return version
        }
    }

    /// Child role (with the environment variable): save forever until killed (30 s safety limit).
    /// Test role (without it): the same loop in-process for a bounded number of rounds.
    func testSaveLoop() throws {
        if let path = ProcessInfo.processInfo.environment[Self.childEnv] {
            let wb = try Workbook.open(at: URL(fileURLWithPath: path))
            let deadline = Date().addingTimeInterval(30)
            var step = Int.random(in: 0..<Self.entryCount)
            var announced = false
            while Date() < deadline {
                try Self.saveNext(wb, step: step)
                // Announce after the first completed save, so every round makes progress before the kill.
                if !announced {
                    FileHandle.standardOutput.write(Data("ready\n".utf8))
                    announced = true
                }
                step += 1
            }
            exit(0)
        }
        let root = try makeTemporaryFolder("crash-inproc").appendingPathComponent("book")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try Self.seed(root)
        let wb = try Workbook.open(at: root)
        for step in 0..<50 { try Self.saveNext(wb, step: step) }
        wb.close()
        XCTAssertEqual(try Self.verify(root), Array(repeating: 10, count: Self.entryCount))
    }

    func testSIGKILLMidSaveLeavesEveryEntryOldOrNew() throws {
        let root = try makeTemporaryFolder("crash").appendingPathComponent("book")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try Self.seed(root)
        var last = try Self.verify(root)
        let rounds = 200
        var killedWhileSaving = 0
        var tempsSeen = Set<String>()
        for round in 0..<rounds {
            let (child, pipe) = try ChildProcess.start(test: "AttuneStoreTests.CrashTests/testSaveLoop",
                                                        environment: [Self.childEnv: root.path])
            guard ChildProcess.waitForLine(pipe, containing: "ready") != nil else {
                child.terminate()
                return XCTFail("child \(round) never became ready")
            }
            usleep(UInt32.random(in: 0...20_000))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            XCTAssertEqual(child.terminationReason, .uncaughtSignal, "round \(round): the child must die by SIGKILL")
            let now = try Self.verify(root)
            for n in 0..<Self.entryCount {
                XCTAssertGreaterThanOrEqual(now[n], last[n], "round \(round): entry \(n) went back in time")
            }
            let temps = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("entries/2026/11").path)
                .filter { $0.hasPrefix(AtomicFile.tempPrefix) }
            if !Set(temps).subtracting(tempsSeen).isEmpty { killedWhileSaving += 1 }
            tempsSeen.formUnion(temps)
            last = now
        }
        XCTAssertGreaterThanOrEqual(last.reduce(0, +), rounds, "every child completes a save before it is killed")
        XCTAssertGreaterThan(killedWhileSaving, rounds / 10, "many kills should land inside a save")
        // The workbook opens (stale lock taken over), lists all entries and doctor cleans the leftovers.
        let wb = try Workbook.open(at: root, now: { Date().addingTimeInterval(120) })
        defer { wb.close() }
        XCTAssertEqual(wb.summaries().count, Self.entryCount)
        XCTAssertEqual(Set(wb.diagnose().map(\.kind)).subtracting([.strayTempFile]), [])
        _ = try wb.fix()
        XCTAssertEqual(wb.diagnose(), [])
        print("crash test: \(rounds) kills, \(killedWhileSaving) left a temp file (killed mid-write), versions \(last)")
    }
}
