// These tests need AttuneTUI as a dependency of this test target. Package.swift line:
//   .testTarget(name: "AttuneEndToEndTests", dependencies: ["AttuneDomain", "AttuneTUI"]),
// Until then they compile only when the module happens to be visible.
#if canImport(AttuneTUI)
import AttuneTUI
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A program that records what it was sent and draws it, for watching the runtime from outside.
private struct Recorder: Program {
    var events: [Event] = []
    var draftsSaved = 0
    var minimumSize = Size(width: 40, height: 12)
    var onKey: [Key: [Effect]] = [.char("q"): [.quit]]
    var raiseOnKey: (Key, Int32)?

    mutating func update(_ event: Event) -> [Effect] {
        events.append(event)
        if case .key(let key) = event {
            if let (trigger, number) = raiseOnKey, trigger == key { raise(number) }
            return onKey[key] ?? []
        }
        return []
    }

    func view(into buffer: inout Buffer) {
        buffer.write("Recorder \(events.count) events", x: 0, y: 0)
    }

    mutating func saveDrafts() { draftsSaved += 1 }

    var nonTickEvents: [Event] { events.filter { $0 != .tick } }
}

private struct FakeEditor: ExternalEditor {
    enum Failure: Error, CustomStringConvertible { case broken; var description: String { "editor broke" } }
    var reply: String?
    var fails = false
    func edit(_ request: EditRequest) throws -> String? {
        if fails { throw Failure.broken }
        return reply.map { request.text + $0 }
    }
}

final class RuntimeTests: XCTestCase {
    func testDrawsTheProgramAndQuitsSavingDraftsAndRestoringTheTerminal() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24), events: [.key(.char("a")), .key(.char("q"))])
        let final = try Runtime(program: Recorder(), backend: backend, editor: nil).run()
        XCTAssertEqual(final.nonTickEvents, [.key(.char("a")), .key(.char("q"))])
        XCTAssertEqual(final.draftsSaved, 1)
        XCTAssertTrue(backend.isShutDown)
        XCTAssertEqual(backend.lastFrame?.line(0), "Recorder 1 events", "the frame before the last key")
    }

    func testIdleWaitBecomesTick() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24), events: [])
        let runtime = Runtime(program: Recorder(), backend: backend, editor: nil)
        var polls = 0
        runtime.receivedSignals = {
            polls += 1
            if polls == 3 { backend.events = [.key(.char("q"))] }
            return []
        }
        let final = try runtime.run()
        XCTAssertEqual(final.events.first, .tick)
        XCTAssertEqual(final.events.last, .key(.char("q")))
    }

    func testTooSmallWindowExplainsAndRecoversWhenEnlarged() throws {
        let backend = MemoryBackend(size: Size(width: 20, height: 6),
                                    events: [.resize(Size(width: 80, height: 24)), .key(.char("q"))])
        _ = try Runtime(program: Recorder(), backend: backend, editor: nil).run()
        let notice = backend.frames[0].text
        XCTAssertTrue(notice.contains("Attune needs at"), notice)
        XCTAssertTrue(notice.split(separator: "\n").joined(separator: " ").contains("40×12"), notice)
        XCTAssertTrue(notice.contains("20×6"), notice)
        XCTAssertTrue(notice.contains("Enlarge the window."), notice)
        XCTAssertEqual(backend.frames[1].line(0), "Recorder 1 events")
    }

    func testTinyAndEmptyWindowsDoNotCrash() throws {
        for size in [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 2, height: 1),
                     Size(width: 5, height: 2), Size(width: 39, height: 12), Size(width: 40, height: 11)] {
            let backend = MemoryBackend(size: size, events: [.key(.char("q"))])
            _ = try Runtime(program: Recorder(), backend: backend, editor: nil).run()
            XCTAssertEqual(backend.frames.count, 1)
            XCTAssertFalse(backend.frames[0].text.contains("Recorder"), "program must not draw below its minimum \(size)")
        }
    }

    func testCtrlLAndCtrlZAreTheRuntimesNotTheProgramsButCtrlSIs() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24),
                                    events: [.key(.ctrl("l")), .key(.ctrl("s")), .key(.char("q"))])
        let final = try Runtime(program: Recorder(), backend: backend, editor: nil).run()
        XCTAssertEqual(final.nonTickEvents, [.key(.ctrl("s")), .key(.char("q"))])
    }

    func testEditRunsTheEditorWithTheTerminalSuspendedAndDeliversTheText() throws {
        var program = Recorder()
        program.onKey[.char("e")] = [.edit(EditRequest(id: "note-1", text: "draft"))]
        let backend = MemoryBackend(size: Size(width: 80, height: 24), events: [.key(.char("e")), .key(.char("q"))])
        let runtime = Runtime(program: program, backend: backend, editor: FakeEditor(reply: " + more"))
        let final = try runtime.run()
        XCTAssertEqual(backend.suspendCount, 1)
        XCTAssertEqual(final.nonTickEvents, [.key(.char("e")), .edited(id: "note-1", text: "draft + more"), .resumed,
                                             .key(.char("q"))])
        XCTAssertNil(runtime.lastEditorError)
    }

    func testAFailingOrMissingEditorDeliversNilAndSaysWhy() throws {
        var program = Recorder()
        program.onKey[.char("e")] = [.edit(EditRequest(id: "n", text: "x"))]
        let failing = Runtime(program: program, backend: MemoryBackend(size: Size(width: 80, height: 24),
                              events: [.key(.char("e")), .key(.char("q"))]), editor: FakeEditor(fails: true))
        XCTAssertTrue(try failing.run().nonTickEvents.contains(.edited(id: "n", text: nil)))
        XCTAssertEqual(failing.lastEditorError, "editor broke")

        let missing = Runtime(program: program, backend: MemoryBackend(size: Size(width: 80, height: 24),
                              events: [.key(.char("e")), .key(.char("q"))]), editor: nil)
        XCTAssertTrue(try missing.run().nonTickEvents.contains(.edited(id: "n", text: nil)))
        XCTAssertNotNil(missing.lastEditorError)
    }

    func testRealSIGTERMRestoresTheTerminalSavesDraftsAndThrows() {
        var program = Recorder()
        program.raiseOnKey = (.char("k"), SIGTERM)
        let backend = MemoryBackend(size: Size(width: 80, height: 24),
                                    events: [.key(.char("k")), .key(.char("n"))])
        let runtime = Runtime(program: program, backend: backend, editor: nil)
        XCTAssertThrowsError(try runtime.run()) { error in
            XCTAssertEqual(error as? TerminatedBySignal, TerminatedBySignal(signal: SIGTERM))
            XCTAssertEqual((error as? TerminatedBySignal)?.exitStatus, 143)
        }
        XCTAssertTrue(backend.isShutDown)
        XCTAssertEqual(runtime.program.draftsSaved, 1)
        XCTAssertFalse(runtime.program.events.contains(.key(.char("n"))), "no key is handled after the signal")
    }

    func testHangUpAndInterruptEndTheRunLikeTerminate() {
        for number in [SIGHUP, SIGINT] {
            let backend = MemoryBackend(size: Size(width: 80, height: 24), events: [.key(.char("a")), .key(.char("q"))])
            let runtime = Runtime(program: Recorder(), backend: backend, editor: nil)
            var sent = false
            runtime.receivedSignals = { if sent { return [] }; sent = true; return [number] }
            XCTAssertThrowsError(try runtime.run()) { XCTAssertEqual(($0 as? TerminatedBySignal)?.signal, number) }
            XCTAssertTrue(backend.isShutDown)
            XCTAssertEqual(runtime.program.draftsSaved, 1)
        }
    }

    func testContinueAfterAStopWeDidNotArrangeRepaintsAndTellsTheProgram() throws {
        let backend = MemoryBackend(size: Size(width: 80, height: 24), events: [.key(.char("a")), .key(.char("q"))])
        let runtime = Runtime(program: Recorder(), backend: backend, editor: nil)
        var sent = false
        runtime.receivedSignals = { if sent { return [] }; sent = true; return [SIGCONT] }
        let final = try runtime.run()
        XCTAssertEqual(final.nonTickEvents.first, .resumed)
    }

    func testEffectsRunInOrderAndRedrawAllIsNotAnEvent() throws {
        var program = Recorder()
        program.onKey[.char("r")] = [.redrawAll, .quit]
        let backend = MemoryBackend(size: Size(width: 80, height: 24), events: [.key(.char("r")), .key(.char("x"))])
        let final = try Runtime(program: program, backend: backend, editor: nil).run()
        XCTAssertEqual(final.nonTickEvents, [.key(.char("r"))], "quit ends the loop before the next key")
    }
}
#endif
