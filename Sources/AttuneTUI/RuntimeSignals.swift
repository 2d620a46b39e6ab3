#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process signals as the runtime sees them. A handler only writes the signal number into a pipe
/// (async-signal-safe); the run loop reads the pipe between frames and does the real work there:
/// restoring the terminal, saving drafts, stopping for Ctrl-Z, repainting after `fg`.
///
/// Install before the terminal library starts (ncurses installs its own SIGINT/SIGTERM/SIGTSTP handlers
/// only where the disposition is still the default), which is why both `Runtime` and the ncurses backend call
/// `install()`. Signals that were ignored when the process started (`nohup`) stay ignored.
public enum ProcessSignals {
    /// Interrupt, terminate and hang-up end the program; stop suspends it; continue repaints.
    public static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT]
    /// The signals after which the program saves its drafts and exits.
    public static let terminating: Set<Int32> = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handlers once per process; later calls do nothing.
    public static func install() { _ = signalInstallation }

    /// Becomes readable when a signal has arrived and not yet been drained: a backend waiting for input
    /// polls it too, so a signal ends the wait at once.
    public static var wakeDescriptor: Int32 { install(); return signalPipe.readEnd }

    /// Records a signal as if it had been delivered: a backend that finds its terminal hung up posts SIGHUP,
    /// so the program saves its drafts and ends even when the real signal is ignored (`nohup`).
    public static func post(_ number: Int32) {
        install()
        recordSignal(number)
    }

    /// The signals that arrived since the last call, oldest first (never blocks).
    public static func drain() -> [Int32] {
        install()
        var received: [Int32] = []
        var chunk = [UInt8](repeating: 0, count: 64)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(signalPipe.readEnd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            received.append(contentsOf: chunk[0..<n].map { Int32($0) })
        }
        return received
    }

    /// Stops the process (and its process group, as the terminal's Ctrl-Z would) until a SIGCONT (`fg`).
    /// Returns after the process continues. The caller gives the terminal back first.
    public static func stopUntilContinued() {
        install()
        signal(SIGTSTP, SIG_DFL)
        kill(0, SIGTSTP)
        // Delivered before kill returns; we get here after `fg`/`bg`, or at once if the group is orphaned.
        if signalInstallation.handled.contains(SIGTSTP) { installHandler(SIGTSTP) }
    }

    /// Runs a foreground child such as $EDITOR the way a shell would: Ctrl-C and Ctrl-\ belong to the
    /// child (this process ignores them meanwhile), and Ctrl-Z stops this process together with the child.
    public static func whileForegroundChildRuns<T>(_ body: () throws -> T) rethrows -> T {
        install()
        var savedInt = sigaction(), savedQuit = sigaction(), savedStop = sigaction()
        var ignore = sigaction(), byDefault = sigaction()
        setHandler(&ignore, SIG_IGN)
        setHandler(&byDefault, SIG_DFL)
        sigaction(SIGINT, &ignore, &savedInt)
        sigaction(SIGQUIT, &ignore, &savedQuit)
        sigaction(SIGTSTP, &byDefault, &savedStop)
        defer {
            sigaction(SIGINT, &savedInt, nil)
            sigaction(SIGQUIT, &savedQuit, nil)
            sigaction(SIGTSTP, &savedStop, nil)
        }
        return try body()
    }

    /// Ends the process the way `signal` would have, after the caller has restored the terminal and
    /// saved drafts: default disposition, re-raised, so the parent sees "terminated by signal".
    public static func exitAsIfKilled(by number: Int32) -> Never {
        signal(number, SIG_DFL)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, number)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        raise(number)
        exit(128 + number)  // only reached for a signal whose default action is not to terminate
    }

    /// A name for messages: "SIGTERM".
    public static func name(of number: Int32) -> String {
        switch number {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        case SIGTSTP: return "SIGTSTP"
        case SIGCONT: return "SIGCONT"
        case SIGQUIT: return "SIGQUIT"
        default: return "signal \(number)"
        }
    }

    fileprivate static func installHandler(_ number: Int32) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = recordSignal
        #else
        action.__sigaction_u.__sa_handler = recordSignal
        #endif
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a blocking read returns early with EINTR, so the loop reacts at once.
        action.sa_flags = 0
        sigaction(number, &action, nil)
    }

    private static func setHandler(_ action: inout sigaction, _ handler: (@convention(c) (Int32) -> Void)?) {
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
    }
}

/// The signal handler: one byte into a non-blocking pipe, errno preserved. Nothing else is safe here.
private func recordSignal(_ number: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(signalPipe.writeEnd, &byte, 1)
    errno = savedErrno
}

/// The self-pipe. Created before any handler is installed, so the handler never runs its lazy initialiser.
private final class SignalPipe: Sendable {
    let readEnd: Int32
    let writeEnd: Int32

    init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)  // an editor we spawn must not inherit it
            }
        }
        readEnd = fds[0]
        writeEnd = fds[1]
    }
}

/// Which signals got our handler (those not ignored at start). Initialised once, thread-safely, by Swift.
private final class SignalInstallation: Sendable {
    let handled: Set<Int32>

    init() {
        _ = signalPipe.writeEnd
        var handled: Set<Int32> = []
        for number in ProcessSignals.watched {
            var current = sigaction()
            sigaction(number, nil, &current)
            #if canImport(Glibc)
            let wasIgnored = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1
            #else
            let wasIgnored = unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self) == 1
            #endif
            if wasIgnored && number != SIGCONT { continue }  // SIG_IGN is 1: respect nohup and friends
            ProcessSignals.installHandler(number)
            handled.insert(number)
        }
        self.handled = handled
    }
}

private let signalPipe = SignalPipe()
private let signalInstallation = SignalInstallation()
