#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The program was ended by a signal (SIGTERM, SIGHUP, or SIGINT sent from outside; Ctrl-C in raw mode is a key).
/// By the time `run()` throws this the terminal is restored and `saveDrafts()` has run.
public struct TerminatedBySignal: Error, Hashable, Sendable, CustomStringConvertible {
    public let signal: Int32
    public init(signal: Int32) { self.signal = signal }
    /// The shell's convention for a process ended by a signal.
    public var exitStatus: Int32 { 128 + signal }
    public var description: String { "attune stopped on \(ProcessSignals.name(of: signal)); drafts were saved." }
    /// Exits as if the signal had killed the process (what a parent shell expects to see).
    public func exitProcess() -> Never { ProcessSignals.exitAsIfKilled(by: signal) }
}

/// Runs a `Program` against a terminal: draw, wait for an event (a tick after about a second), update,
/// carry out effects, and restore the terminal on every way out.
///
/// Handled here so every screen gets them for free: Ctrl-L repaints, Ctrl-Z suspends to the shell,
/// a window below `program.minimumSize` shows what size is needed, and SIGTERM/SIGHUP/SIGINT save drafts.
/// `saveDrafts()` may be called more than once (before Ctrl-Z stops the process, and on the way out).
///
/// Typical `main`:
/// ```
/// do {
///     let backend = try NcursesBackend(useColor: !monochrome)
///     let final = try Runtime(program: model, backend: backend, editor: SystemEditor()).run()
/// } catch let stop as TerminatedBySignal {
///     print(stop, to: &standardError); stop.exitProcess()   // terminal already restored, drafts saved
/// } catch {
///     print("attune: \(error)", to: &standardError); exit(1)  // likewise restored before the message
/// }
/// ```
public final class Runtime<P: Program> {
    public private(set) var program: P
    public let backend: TerminalBackend
    public let editor: ExternalEditor?
    /// How long to wait for input before sending `.tick`.
    public var tickMilliseconds = 1000
    /// Why the last external edit failed, for a status line; nil after a successful edit.
    public private(set) var lastEditorError: String?
    /// Where the signals come from; tests may substitute a scripted source.
    public var receivedSignals: () -> [Int32] = ProcessSignals.drain

    private var pending: [Event] = []
    private var quitRequested = false
    /// Signals read while handling a stop, handled on the next pass of the loop.
    private var deferredSignals: [Int32] = []

    public init(program: P, backend: TerminalBackend, editor: ExternalEditor?) {
        ProcessSignals.install()
        self.program = program
        self.backend = backend
        self.editor = editor
    }

    /// Runs until the program asks to `.quit`; returns the final program. The terminal is shut down and
    /// `saveDrafts()` called before this returns or throws (`TerminatedBySignal`, or an error from the loop).
    public func run() throws -> P {
        do {
            try loop()
        } catch {
            backend.shutdown()
            program.saveDrafts()
            throw error
        }
        backend.shutdown()
        program.saveDrafts()
        return program
    }

    private func loop() throws {
        while !quitRequested {
            try handleSignals()
            draw()
            let event = pending.isEmpty
                ? (backend.nextEvent(timeoutMilliseconds: program.hasPendingWork ? 0 : tickMilliseconds) ?? .tick)
                : pending.removeFirst()
            try handleSignals()
            dispatch(event)
        }
    }

    private func dispatch(_ event: Event) {
        switch event {
        case .key(.ctrl("l")):
            backend.invalidate()
        case .key(.ctrl("z")):
            suspendProcess()
        default:
            perform(program.update(event))
        }
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit: quitRequested = true
            case .redrawAll: backend.invalidate()
            case .edit(let request): runEditor(request)
            case .suspendProcess: suspendProcess()
            }
        }
    }

    private func handleSignals() throws {
        let signals = deferredSignals + receivedSignals()
        deferredSignals = []
        for number in signals {
            if ProcessSignals.terminating.contains(number) {
                throw TerminatedBySignal(signal: number)
            } else if number == SIGTSTP {
                suspendProcess()
            } else if number == SIGCONT {
                // Stopped by something we did not see (SIGSTOP) and continued: retake the terminal.
                backend.resume()
                backend.invalidate()
                pending.append(.resumed)
            }
        }
    }

    /// Ctrl-Z: drafts first (a stopped process may never be continued), then give the terminal back and stop.
    private func suspendProcess() {
        program.saveDrafts()
        backend.suspend()
        ProcessSignals.stopUntilContinued()
        backend.resume()
        backend.invalidate()
        // The continue signal of this very stop needs no second repaint.
        deferredSignals += receivedSignals().filter { $0 != SIGCONT }
        pending.append(.resumed)
    }

    private func runEditor(_ request: EditRequest) {
        guard let editor else {
            lastEditorError = "No external editor is available."
            pending.append(.edited(id: request.id, text: nil))
            return
        }
        backend.suspend()
        var result: String?
        do {
            result = try ProcessSignals.whileForegroundChildRuns { try editor.edit(request) }
            lastEditorError = nil
        } catch {
            result = nil
            lastEditorError = String(describing: error)
        }
        backend.resume()
        backend.invalidate()
        pending.append(.edited(id: request.id, text: result))
        pending.append(.resumed)
    }

    private func draw() {
        let size = backend.size
        var buffer = Buffer(size: size)
        let minimum = program.minimumSize
        if size.width < minimum.width || size.height < minimum.height {
            TooSmallNotice(needed: minimum, actual: size).draw(into: &buffer)
        } else {
            program.view(into: &buffer)
        }
        backend.present(buffer)
    }
}
