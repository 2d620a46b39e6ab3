import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

/// Two real processes on one workbook: the second writer is refused by the lock, readers still work, an outside
/// writer that ignores the lock is caught as a conflict, and nothing is lost.
final class TwoProcessTests: XCTestCase {
    static let modeEnv = "ATTUNE_TWO_PROCESS_MODE"
    static let pathEnv = "ATTUNE_TWO_PROCESS_WORKBOOK"
    var root: URL!

    override func setUpWithError() throws {
        if ProcessInfo.processInfo.environment[Self.modeEnv] != nil { return }
        root = try makeTemporaryFolder("two").appendingPathComponent("book")
        let wb = try Workbook.create(at: root, role: .supervisee, name: "T", now: { fixedNow })
        try wb.save(SyntheticEntries.note(1, created: fixedNow))
        wb.close()
    }
    override func tearDownWithError() throws {
        if let root { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
    }

    /// Child role: `hold` keeps the workbook open until killed; `try` reports whether it could open it;
    /// `edit` rewrites an entry file directly, the way an outside editor would. Without the environment
    /// variable (normal runs) it checks in-process that a second writer is refused.
    func testChildRole() throws {
        let env = ProcessInfo.processInfo.environment
        guard let mode = env[Self.modeEnv], let path = env[Self.pathEnv] else {
            let first = try Workbook.open(at: root)
            defer { first.close() }
            XCTAssertThrowsError(try Workbook.open(at: root))
            return
        }
        let url = URL(fileURLWithPath: path)
        func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
        switch mode {
        case "hold":
            let wb = try Workbook.open(at: url)
            say("holding")
            Thread.sleep(forTimeInterval: 30)
            wb.close()
        case "try":
            do {
                let wb = try Workbook.open(at: url)
                say("opened")
                wb.close()
            } catch {
                say("refused: \(error)")
            }
        case "edit":
            let e = SyntheticEntries.note(1, created: fixedNow)
            var theirs = e
            theirs.body = "Written by the other process."
            try EntryCodec.encode(theirs).write(to: url.appendingPathComponent(Workbook.relativePath(for: e.id, created: e.created)),
                                                atomically: true, encoding: .utf8)
            say("edited")
        default:
            break
        }
        exit(0)
    }

    /// Starts the child role; returns once `marker` is printed, or (marker nil) once the child has finished.
    private func child(_ mode: String, until marker: String?) throws -> (Process, String) {
        let (process, pipe) = try ChildProcess.start(test: "AttuneStoreTests.TwoProcessTests/testChildRole",
                                                     environment: [Self.modeEnv: mode, Self.pathEnv: root.path])
        guard let marker else {
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process, output)
        }
        return (process, ChildProcess.waitForLine(pipe, containing: marker) ?? "")
    }

    func testSecondProcessIsRefusedWhileWeHoldTheLock() throws {
        let wb = try Workbook.open(at: root)
        let (process, output) = try child("try", until: nil)
        process.waitUntilExit()
        XCTAssertTrue(output.contains("refused: workbook is open in attune (pid \(getpid())) since "), output)
        wb.close()
        let (again, output2) = try child("try", until: nil)
        again.waitUntilExit()
        XCTAssertTrue(output2.contains("opened"), output2)
    }

    func testWeAreRefusedWhileChildHoldsItAndCanReadMeanwhile() throws {
        let (holder, output) = try child("hold", until: "holding")
        XCTAssertTrue(output.contains("holding"))
        XCTAssertThrowsError(try Workbook.open(at: root)) { error in
            XCTAssertTrue("\(error)".contains("(pid \(holder.processIdentifier))"), "\(error)")
        }
        let reader = try Workbook.open(at: root, mode: .readOnly)
        XCTAssertEqual(reader.summaries().count, 1)
        XCTAssertEqual(try reader.entry(SyntheticEntries.note(1, created: fixedNow).id).client, "C-1")
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        let wb = try Workbook.open(at: root)
        wb.close()
    }

    func testOutsideWriterIsCaughtAsConflictAndBothVersionsKept() throws {
        let wb = try Workbook.open(at: root, now: { fixedNow })
        defer { wb.close() }
        let id = SyntheticEntries.note(1, created: fixedNow).id
        var ours = try wb.entry(id)
        ours.body = "Written by us."
        let (editor, output) = try child("edit", until: "edited")
        editor.waitUntilExit()
        XCTAssertTrue(output.contains("edited"))
        do {
            try wb.save(ours)
            XCTFail("the outside edit must be noticed")
        } catch let conflict as ConflictError {
            XCTAssertEqual(conflict.theirs?.body, "Written by the other process.")
            let copy = try XCTUnwrap(try wb.resolve(conflict, by: .keepBoth))
            let bodies = Set(wb.summaries().map { (try? wb.entry($0.id).body) ?? "" })
            XCTAssertEqual(bodies, ["Written by us.", "Written by the other process."])
            XCTAssertNotEqual(copy.id, id)
        }
    }
}

private extension Entry {
    var client: String? { fields["client"]?.string }
}
