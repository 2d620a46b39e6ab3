#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttuneTUI
import CNcursesw

/// Why the terminal could not be taken over; the message is meant for the user.
public enum NcursesBackendError: Error, Hashable, Sendable, CustomStringConvertible {
    case notATerminal
    case cannotStart(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "attune needs a terminal: standard input and output must be a terminal (not a pipe or a file)."
        case .cannotStart(let term):
            return "attune cannot drive this terminal (TERM=\(term.isEmpty ? "unset" : term)). Try TERM=xterm-256color."
        }
    }
}

/// The real terminal, through ncursesw. Raw mode (Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-Q arrive as keys), no echo,
/// keypad decoding, a 25 ms Esc delay, bracketed paste, the terminal's own default colours, and a cell diff
/// so each frame writes only what changed. All calls must come from one thread (curses is not thread-safe).
public final class NcursesBackend: TerminalBackend {
    private let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    private let painter: ScreenPainter
    private var decoder: InputDecoder!
    private var isSuspended = false
    private var isShutDown = false
    private var hangUpPosted = false

    /// Takes over the terminal on standard input/output.
    /// - Parameters:
    ///   - useColor: false for a monochrome theme or `NO_COLOR` (attributes still show); colour is also off
    ///     when the terminal has none.
    ///   - pasteBurstThreshold: this many characters arriving at once count as a paste (terminals without
    ///     bracketed paste).
    ///   - escapeDelayMilliseconds: how long a lone Esc waits to be sure it does not start a key sequence.
    public init(useColor: Bool = true, pasteBurstThreshold: Int = 16, escapeDelayMilliseconds: Int32 = 25) throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw NcursesBackendError.notATerminal }
        // Before curses starts, so ncurses leaves SIGINT/SIGTERM/SIGTSTP to the runtime.
        ProcessSignals.install()
        CrashRestore.install()  // saves the shell's terminal modes, so this too comes before curses
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(Int32(CODESET))) != "UTF-8" {
            // Without a UTF-8 locale curses prints "é" as escapes; C.UTF-8 exists on every glibc system.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
              newterm(nil, output, input) != nil, let window = attune_stdscr()
        else { throw NcursesBackendError.cannotStart(term: term) }
        self.window = window
        self.output = output
        raw()  // also turns off IXON, so Ctrl-S and Ctrl-Q reach us instead of pausing output
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(escapeDelayMilliseconds)
        var colorOn = false, defaultColors = false
        if useColor && has_colors() {
            colorOn = start_color() != ERR
            defaultColors = colorOn && use_default_colors() != ERR
        }
        painter = ScreenPainter(window: window, colors: ColorPairs(enabled: colorOn, defaultColorsWork: defaultColors))
        decoder = InputDecoder(pasteBurstThreshold: pasteBurstThreshold) { [window] timeout in
            wtimeout(window, timeout)
            var unit: wint_t = 0
            switch wget_wch(window, &unit) {
            case KEY_CODE_YES: return CursesKeys.input(forKeyCode: Int32(bitPattern: unit))
            case ERR: return nil
            default: return .scalar(UInt32(unit))
            }
        } readBulk: { timeout in
            var poller = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, timeout) == 1 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            return n > 0 ? Array(chunk[0..<n]) : nil
        }
        setBracketedPaste(true)
    }

    deinit { shutdown() }

    public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    public func present(_ buffer: Buffer) {
        guard !isShutDown, !isSuspended else { return }
        painter.paint(buffer)
        wrefresh(window)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        guard !isShutDown, !isSuspended else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds >= 0 ? clock.now + .milliseconds(timeoutMilliseconds) : nil
        while true {
            // Whatever curses or the decoder already hold comes first.
            if let input = decoder.next(timeoutMilliseconds: 0) { return event(for: input) }
            if decoder.lastCallReadInput { continue }  // swallowed input (an Alt combination): look again
            var remaining: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline).components
                remaining = Int32(max(0, left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000))
                if remaining == 0 { return nil }
            }
            // Wait for a key or a signal, whichever comes first, so SIGTERM or a hang-up is handled at once.
            var watched = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: ProcessSignals.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&watched, 2, remaining)
            if ready < 0 && errno == EINTR { continue }  // SIGWINCH: curses turns it into KEY_RESIZE above
            if ready <= 0 || watched[1].revents != 0 { return nil }
            if watched[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                if !hangUpPosted { hangUpPosted = true; ProcessSignals.post(SIGHUP) }  // the terminal is gone
                return nil
            }
            if let input = decoder.next(timeoutMilliseconds: 10) { return event(for: input) }
        }
    }

    private func event(for input: DecodedInput) -> Event {
        switch input {
        case .event(let event):
            return event
        case .resize:
            painter.forgetPreviousFrame()
            return .resize(size)
        }
    }

    public func suspend() {
        guard !isShutDown, !isSuspended else { return }
        setBracketedPaste(false)
        _ = curs_set(1)
        endwin()
        isSuspended = true
    }

    public func resume() {
        guard !isShutDown else { return }
        if isSuspended {
            isSuspended = false  // the refresh below re-enters curses mode after endwin
        } else {
            reset_prog_mode()  // continued after a stop we did not arrange: the shell may have reset the modes
        }
        setBracketedPaste(true)
        painter.forgetCursor()
        clearok(window, true)
        wrefresh(window)
    }

    public func invalidate() {
        guard !isShutDown else { return }
        painter.forgetPreviousFrame()
        clearok(window, true)
    }

    public func shutdown() {
        guard !isShutDown else { return }
        if !isSuspended {
            setBracketedPaste(false)
            _ = curs_set(1)
            endwin()
        }
        isShutDown = true
        isSuspended = false
    }

    /// Bracketed paste (xterm mode 2004): pasted text arrives between ESC [200~ and ESC [201~.
    private func setBracketedPaste(_ on: Bool) {
        fflush(output)
        let sequence = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
        _ = sequence.withCString { write(1, $0, strlen($0)) }
    }
}
