import Foundation
import XCTest

/// The real `attune` binary in tmux: start, draw, resize, suspend, signals, and the terminal left as it was found.
/// Skipped (with the reason) when tmux or the binary is missing: `scripts/test` builds it first.
/// ATTUNE_E2E_BINARY=/path/to/attune tests another build than .build/debug/attune.
final class AttuneBinaryTests: XCTestCase {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var attune = ""
    private var scratch: URL!
    private var workbook = ""

    override func setUpWithError() throws {
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
        // Wait for the shell before typing: a q followed at once by 30 more characters would arrive as one
        // burst, which the app rightly reads as a paste rather than a command.
        let deadline = Date().addingTimeInterval(10)
        while try session.capture().contains("Recent entries"), Date() < deadline { usleep(20_000) }
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

    func testFirstRunOnboardingCreatesTheWorkbookFromTheKeyboard() throws {
        let fresh = scratch.appendingPathComponent("fresh").path
        let session = try TmuxSession(command: "\(TmuxSession.quote(attune)) --workbook \(TmuxSession.quote(fresh))",
                                      holdOnExit: true)
        defer { session.kill() }
        try session.waitFor(text: "Welcome to Attune")
        try session.sendKeys("Down")   // supervisor
        try session.sendKeys("Enter")
        try session.sendLiteral("Zoë 日本")
        try session.waitFor(text: "Zoë 日本")
        try session.sendKeys("Enter")
        let screen = try session.waitFor(text: "Dashboard")
        XCTAssertTrue(screen.contains("Zoë 日本 · supervisor"), screen)
        try session.resize(width: 20, height: 6)
        try session.waitFor(text: "Enlarge the")
        try session.resize(width: 80, height: 24)
        try session.waitFor(text: "Recent entries")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExitStatus(), 0)
        let manifest = try String(contentsOfFile: fresh + "/workbook", encoding: .utf8)
        XCTAssertTrue(manifest.contains("role: supervisor"), manifest)
        XCTAssertTrue(manifest.contains("name: Zoë 日本"), manifest)
        let mode = try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o700)
    }

    func testEscapeDuringOnboardingCreatesNothing() throws {
        let fresh = scratch.appendingPathComponent("never").path
        let session = try TmuxSession(command: "\(TmuxSession.quote(attune)) --workbook \(TmuxSession.quote(fresh))",
                                      holdOnExit: true)
        defer { session.kill() }
        try session.waitFor(text: "Welcome to Attune")
        try session.sendEscape()
        XCTAssertEqual(try session.waitForExitStatus(), 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh + "/workbook"))
    }

    func testBrowseOpenAndTrashAnEntryOfADemoWorkbook() throws {
        let (status, output) = try run([attune, "--workbook", workbook, "demo", "--entries", "30", "--seed", "4"])
        XCTAssertEqual(status, 0, output)
        let session = try TmuxSession(command: tuiCommand, holdOnExit: true)
        defer { session.kill() }
        try session.waitFor(text: "Dashboard")
        try session.sendKeys("b")
        try session.waitFor(text: "30 of 30")
        try session.sendKeys("Enter")
        try session.waitFor(text: "id: ")
        try session.sendKeys("d")
        try session.waitFor(text: "Move this entry to the trash?")
        try session.sendKeys("y")
        try session.waitFor(text: "29 of 29")
        try session.sendEscape()
        try session.waitFor(text: "Recent entries")   // Esc then q too fast would read as Alt-q
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExitStatus(), 0)
        let (listStatus, json) = try run([attune, "--workbook", workbook, "list", "--json"])
        XCTAssertEqual(listStatus, 0)
        let array = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        XCTAssertEqual(array?.count, 29)
        let trash = try FileManager.default.contentsOfDirectory(atPath: workbook + "/trash")
        XCTAssertEqual(trash.filter { $0.hasSuffix(".md") }.count, 1)
    }

    func testTypingUnicodeIntoAReflectionWritesItToDisk() throws {
        let session = try TmuxSession(command: tuiCommand, holdOnExit: true)
        defer { session.kill() }
        try session.waitFor(text: "Recent entries")
        try session.sendKeys("r")
        try session.waitFor(text: "New reflection")
        try session.sendLiteral("Zoë — 日本 — 👍🏽 — e\u{301}")
        try session.waitFor(text: "Zoë — 日本")
        try session.sendKeys("Tab")
        try session.sendLiteral("Ünïcode title")
        try session.sendKeys("C-s")
        try session.waitFor(text: "Reflection saved.")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExitStatus(), 0)
        let files = FileManager.default.enumerator(atPath: workbook + "/entries")?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") } ?? []
        XCTAssertEqual(files.count, 1)
        let path = workbook + "/entries/" + files[0]
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("\nZoë — 日本 — 👍🏽 — e\u{301}"), text)
        XCTAssertTrue(text.contains("summary: Ünïcode title"), text)
        XCTAssertTrue(text.hasSuffix("\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }
}
