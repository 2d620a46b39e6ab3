#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives the shell a usable terminal even when the program crashes (a Swift trap, a bad access, abort):
/// a handler for the crash signals puts back the terminal modes saved before curses started, leaves the
/// alternate screen, shows the cursor, then hands the signal on to whoever had it before (Swift's
/// backtracer, or the default action) by reinstalling that handler and returning, so the fault repeats there.
/// Only async-signal-safe calls (write, tcsetattr, sigaction) run in the handler.
enum CrashRestore {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// Saves the current terminal modes and installs the handlers; once per process.
    static func install() { _ = crashState }
}

/// Written once before any handler is installed and only read afterwards, by the handler.
private final class CrashState: @unchecked Sendable {
    let savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    let haveModes: Bool
    let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: CrashRestore.signals.count)
    let numbers = UnsafeMutablePointer<Int32>.allocate(capacity: CrashRestore.signals.count)
    let count = CrashRestore.signals.count

    init() {
        haveModes = tcgetattr(0, savedModes) == 0
        for (i, number) in CrashRestore.signals.enumerated() {
            numbers[i] = number
            previous.advanced(by: i).initialize(to: sigaction())
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = restoreTerminalAfterCrash
            #else
            action.__sigaction_u.__sa_handler = restoreTerminalAfterCrash
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)  // a second fault in here goes straight to the default
            sigaction(number, &action, previous.advanced(by: i))
        }
    }
}

private let crashState = CrashState()

/// Leaves bracketed paste and the alternate screen, resets attributes, shows the cursor, starts a fresh line.
private let resetSequence: StaticString = "\u{1B}[?2004l\u{1B}[0m\u{1B}[?1049l\u{1B}[?25h\r\n"

private func restoreTerminalAfterCrash(_ number: Int32) {
    let state = crashState
    _ = write(1, resetSequence.utf8Start, resetSequence.utf8CodeUnitCount)
    if state.haveModes { _ = tcsetattr(0, TCSANOW, state.savedModes) }
    for i in 0..<state.count where state.numbers[i] == number {
        sigaction(number, state.previous.advanced(by: i), nil)
    }
    // Returning re-runs the faulting instruction (or abort() raises again) under the previous handler.
}
