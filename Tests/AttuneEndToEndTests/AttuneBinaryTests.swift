import Foundation
import XCTest

/// The real `attune` binary in tmux: start, draw, resize, suspend, signals, and the terminal left as it was found.
/// Skipped until ATTUNE_E2E_READY=1 (the dashboard and `init` are being written) and when the binary is missing.
/// ATTUNE_E2E_BINARY=/path/to/attune tests another build than .build/debug/attune.
final class AttuneBinaryTests: XCTestCase {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var attune = ""
    private var scratch: URL!
    private var workbook = ""

    override func setUpWithError() throws {
        guard ProcessInfo.processInfo.environment["ATTUNE_E2E_READY"] == "1" else {
            throw XCTSkip("set ATTUNE_E2E_READY=1 to run the attune end-to-end tests")
        }
        guard TmuxSession.tmuxPath != nil else { throw XCTSkip("tmux is not installed; end-to-end tests need it") }
        let binary = ProcessInfo.processInfo.environment["ATTUNE_E2E_BINARY"]  // e.g. a release build
            ?? Self.packageRoot.appendingPathComponent(".build/debug/attune").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw XCTSkip("no attune binary at \(binary); build it first with `swift build --product attune`")
        }
        attune = binary
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("attune-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        workbook = scratch.appendingPathComponent("workbook").path
        let (status, output) = try run([attune, "--workbook", workbook, "init", "--role", "supervisee", "--name", "A. Lee"])
        XCTAssertEqual(status, 0, "attune init failed: \(output)")
    }

    override func tearDownWithError() throws {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    private var tuiCommand: String { "\(TmuxSession.quote(attune)) --workbook \(TmuxSession.quote(workbook))" }

    private func run(_ arguments: [String]) throws -> (Int32, String) {
        let result = try Subprocess.run(arguments[0], Array(arguments.dropFirst()),
                                        environment: ["HOME": scratch.path, "LANG": "C.UTF-8", "TZ": "UTC", "PATH": "/usr/bin:/bin"])
        return (result.status, result.output)
    }

    /// `stty -a` as printed after exit: the modes a shell needs back (no "-icanon", "-echo"…).
    private func assertTerminalRestored(_ screen: String, file: StaticString = #filePath, line: UInt = #line) {
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for mode in ["icanon", "echo", "isig", "ixon", "icrnl", "opost"] {
            XCTAssertTrue(words.contains(mode), "terminal left without \(mode):\n\(screen)", file: file, line: line)
        }
    }

    func testDashboardShowsAndQQuitsLeavingTheTerminalAsFound() throws {
        let session = try TmuxSession(command: tuiCommand, holdOnExit: true)
        defer { session.kill() }
        try session.waitFor(text: "Dashboard")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExitStatus(), 0)
        assertTerminalRestored(try session.waitFor(text: "icanon"))
    }

    func testTooSmallWindowSaysSoAndRecovers() throws {
        let session = try TmuxSession(command: tuiCommand, holdOnExit: true)
        defer { session.kill() }
        try session.waitFor(text: "Dashboard")
        try session.resize(width: 20, height: 6)
        try session.waitFor(text: "Enlarge the")
        try session.resize(width: 80, height: 24)
        try session.waitFor(text: "Dashboard")
        try session.sendKeys("C-l")
        try session.waitFor(text: "Dashboard")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExitStatus(), 0)
    }

    func testCtrlZStopsWithTheTerminalRestoredAndFgResumes() throws {
        let session = try TmuxSession(command: "bash --norc --noprofile")
        defer { session.kill() }
        try session.waitFor(text: "$")
        try session.sendLiteral(tuiCommand)
        try session.sendKeys("Enter")
        try session.waitFor(text: "Dashboard")
        try session.sendKeys("C-z")
        try session.waitFor(text: "Stopped")
        try session.sendLiteral("echo modes=$(stty -a | tr ' ' '\\n' | grep -c -x -e icanon -e echo -e isig -e ixon)")
        try session.sendKeys("Enter")
        try session.waitFor(text: "modes=4")
        try session.sendLiteral("fg")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Dashboard")
        try session.sendKeys("q")
        try session.sendLiteral("printf '[%s %s]\\n' exit $?")  // the typed line itself must not read "[exit "
        try session.sendKeys("Enter")
        XCTAssertEqual(try session.waitForExitStatus(), 0)
    }

    func testTerminateAndHangUpRestoreTheTerminalAndExitBySignal() throws {
        for (signal, status) in [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))] {
            let session = try TmuxSession(command: tuiCommand, holdOnExit: true)
            defer { session.kill() }
            try session.waitFor(text: "Dashboard")
            let shell = try session.panePID()
            let children = TmuxSession.children(of: shell)
            XCTAssertEqual(children.count, 1, "expected attune under the pane's shell")
            for pid in children { kill(pid, signal) }
            XCTAssertEqual(try session.waitForExitStatus(), status)
            assertTerminalRestored(try session.waitFor(text: "icanon"))
        }
    }

    func testUnicodeAndAPasteDoNotBreakTheScreen() throws {
        let session = try TmuxSession(command: tuiCommand, holdOnExit: true)
        defer { session.kill() }
        try session.waitFor(text: "Dashboard")
        try session.sendLiteral("é日本👍")
        try session.paste(String(repeating: "qqqq pasted text, not commands\n", count: 2000))
        try session.sendKeys("C-l")
        try session.waitFor(text: "Dashboard", timeout: 15)  // a paste of q's did not quit
        try session.sendEscape()
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExitStatus(), 0)
    }
}
