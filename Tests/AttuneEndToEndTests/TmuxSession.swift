import Foundation
import XCTest

/// A command running in its own private tmux server (`tmux -L <unique socket>`), driven as a person would:
/// keys in, screen text out. The environment is hermetic: LANG=C.UTF-8, TZ=UTC, TERM=xterm-256color, a fresh
/// temporary HOME, no user tmux configuration.
final class TmuxSession {
    enum Failure: Error, CustomStringConvertible {
        case tmuxMissing
        case tmuxFailed(arguments: [String], status: Int32, output: String)
        case timedOut(waitingFor: String, screen: String)

        var description: String {
            switch self {
            case .tmuxMissing: return "tmux is not installed"
            case .tmuxFailed(let arguments, let status, let output):
                return "tmux \(arguments.joined(separator: " ")) exited \(status): \(output)"
            case .timedOut(let text, let screen):
                return "timed out waiting for \"\(text)\"; the screen was:\n\(screen)"
            }
        }
    }

    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Each session has its own server, so one fixed session name is enough.
    static let sessionName = "attune"
    static let target = sessionName + ":"
    let socket: String
    let home: URL
    private(set) var width: Int
    private(set) var height: Int
    private var killed = false

    /// Starts `command` (a shell command line) in a detached session of the given size.
    /// - Parameter holdOnExit: keep the pane after the command ends, showing `[exit N]` and the terminal modes
    ///   (`stty -a`), so a test can read the exit status and check the terminal was restored.
    init(command: String, width: Int = 80, height: Int = 24, holdOnExit: Bool = false,
         environment: [String: String] = [:]) throws {
        guard TmuxSession.tmuxPath != nil else { throw Failure.tmuxMissing }
        socket = "attune-e2e-\(UUID().uuidString.prefix(8))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent(socket, isDirectory: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        self.width = width
        self.height = height
        var env = ["HOME": home.path, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC",
                   "TERM": "xterm-256color", "PATH": "/usr/local/bin:/usr/bin:/bin", "PS1": "$ "]
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }
        let body = holdOnExit ? "\(command); echo \"[exit $?]\"; stty -a; sleep 600" : command
        let line = "exec env -i \(assignments.joined(separator: " ")) sh -c \(TmuxSession.quote(body))"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", TmuxSession.sessionName, "-x", "\(width)", "-y", "\(height)", line], quiet: true)
        // Fixed sizes even if a client attaches; the default would follow the client.
        try tmux(["set-option", "-g", "window-size", "manual"])
    }

    deinit { kill() }

    /// tmux key names: "Enter", "Escape", "C-z", "Up", "BTab", or plain characters.
    func sendKeys(_ keys: String...) throws { try tmux(["send-keys", "-t", TmuxSession.target] + keys) }

    /// Esc on its own. A key sent right after it would reach the program in the same read and look like an
    /// Alt combination (as it does from a real keyboard), so this waits longer than the escape delay.
    func sendEscape() throws {
        try sendKeys("Escape")
        Thread.sleep(forTimeInterval: 0.15)
    }

    /// Text typed literally, including any Unicode (send-keys -l).
    func sendLiteral(_ text: String) throws { try tmux(["send-keys", "-t", TmuxSession.target, "-l", text]) }

    /// Pastes text as a terminal paste would; `bracketed` when the program asked for bracketed paste mode.
    func paste(_ text: String, bracketed: Bool = true) throws {
        let file = home.appendingPathComponent("paste-buffer")
        try Data(text.utf8).write(to: file)
        try tmux(["load-buffer", "-b", "e2e", file.path])
        try tmux(["paste-buffer", "-d", "-b", "e2e", "-t", TmuxSession.target] + (bracketed ? ["-p"] : []))
    }

    /// The visible screen, one line per row, trailing spaces trimmed.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", TmuxSession.target])
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
    }

    /// Polls the screen until `text` shows (no fixed sleeps); returns that screen or throws with what was seen.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure.timedOut(waitingFor: text, screen: screen)
    }

    /// The exit status printed by a session started with `holdOnExit`.
    func waitForExitStatus(timeout: TimeInterval = 10) throws -> Int32 {
        let screen = try waitFor(text: "[exit ", timeout: timeout)
        guard let range = screen.range(of: "[exit "),
              let status = Int32(screen[range.upperBound...].prefix(while: { $0.isNumber })) else {
            throw Failure.timedOut(waitingFor: "[exit N]", screen: screen)
        }
        return status
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", TmuxSession.target, "-x", "\(width)", "-y", "\(height)"])
        self.width = width
        self.height = height
    }

    /// The pid of the process in the pane (the command after `exec`; its children for a hold-on-exit shell).
    func panePID() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", TmuxSession.target, "#{pane_pid}"])
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Direct children of a process (`pgrep -P`).
    static func children(of pid: Int32) -> [Int32] {
        let result = try? Subprocess.run("/usr/bin/pgrep", ["-P", "\(pid)"], environment: [:])
        return (result?.output ?? "").split(separator: "\n").compactMap { Int32($0) }
    }

    /// Ends the tmux server and removes the temporary HOME. Safe to call twice.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"], quiet: true)
        try? FileManager.default.removeItem(at: home)
        // tmux leaves the socket file behind; it sits in /tmp/tmux-<uid>/ unless TMUX_TMPDIR says otherwise.
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(socket)")
    }

    @discardableResult
    private func tmux(_ arguments: [String], quiet: Bool = false) throws -> String {
        guard let path = TmuxSession.tmuxPath else { throw Failure.tmuxMissing }
        let environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": home.path, "PATH": "/usr/bin:/bin",
                           "TERM": "xterm-256color"]
        // The server daemonises: starting it, never hand it a pipe we then read to the end.
        let result = try Subprocess.run(path, ["-L", socket] + arguments, environment: environment, captureOutput: !quiet)
        guard result.status == 0 || arguments.first == "kill-server" else {
            throw Failure.tmuxFailed(arguments: arguments, status: result.status, output: result.output)
        }
        return result.output
    }

    /// Single-quotes a string for sh.
    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
