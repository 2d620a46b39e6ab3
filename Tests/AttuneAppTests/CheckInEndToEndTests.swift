import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest

/// The real binary in a real terminal: `attune checkin` answered with digits only, then the stored file and
/// `attune scores --json`. Runs `.build/debug/attune` inside tmux on a private socket with a temporary workbook.
final class CheckInEndToEndTests: XCTestCase {
    private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private let socket = "attune-checkin-e2e-\(UUID().uuidString.prefix(8))"
    private let environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC", "ATTUNE_NOW": "2026-11-22T10:00:00Z"]

    private var binary: URL { packageRoot.appendingPathComponent(".build/debug/attune") }

    /// Runs a command to completion with posix_spawn and waitpid, its output going to a temporary file. (Not
    /// Foundation's Process: a tmux client that forks the server was never reaped by it, and a pipe stays open
    /// in the server forever.)
    @discardableResult
    private func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (status: Int32, output: String) {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment.merging(extra, uniquingKeysWith: { $1 }) { env[k] = v }
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("attune-checkin-e2e-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputURL) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, envp)
        guard spawned == 0 else { throw XCTSkip("could not start \(arguments[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        // Exit status from the wait status word (WEXITSTATUS), or 128 + the signal that ended it.
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, output)
    }

    private func tmux(_ arguments: [String]) throws -> String { try run(["tmux", "-L", socket] + arguments).output }

    private func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// Polls the pane until `text` appears (the program draws asynchronously), failing after a few seconds.
    @discardableResult
    private func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        XCTFail("“\(text)” did not appear. The screen:\n\(last)", file: file, line: line)
        throw XCTSkip("stopping after the failure above")
    }

    private func shellQuoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func testDigitsOnlyCheckInIsStoredAndPrintedByScores() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("build the binary first: swift build --product attune")
        }
        guard (try? run(["tmux", "-V"]).status) == 0 else { throw XCTSkip("tmux is not installed") }
        let home = try CheckInFixture.temporaryFolder(self)
        let workbook = home.appendingPathComponent("workbook")
        let initResult = try run([binary.path, "init", "--workbook", workbook.path, "--role", "supervisee", "--name", "A. Lee"],
                                 environment: ["HOME": home.path])
        XCTAssertEqual(initResult.status, 0, initResult.output)

        addTeardownBlock { [self] in
            _ = try? self.run(["tmux", "-L", self.socket, "kill-server"])
            // tmux may leave the socket file behind; it is ours, so remove it.
            let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
            try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(self.socket)")
        }
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC ATTUNE_NOW=2026-11-22T10:00:00Z HOME=\(shellQuoted(home.path)) "
            + "\(shellQuoted(binary.path)) checkin --workbook \(shellQuoted(workbook.path)); echo rc=$?; sleep 60"
        let started = try run(["tmux", "-L", socket, "new-session", "-d", "-x", "80", "-y", "24", command])
        XCTAssertEqual(started.status, 0, "tmux could not start")

        try waitFor("Self-reflection pulse, not a validated measure")
        try waitFor("1/8")
        let answers = Array("23124132")
        for (i, digit) in answers.enumerated() {
            _ = try tmux(["send-keys", String(digit)])
            try waitFor(i + 1 < answers.count ? "\(i + 2)/8" : "Enter shows the result")
        }
        _ = try tmux(["send-keys", "Enter"])
        let result = try waitFor("Check-in result")
        XCTAssertTrue(result.contains("Overall 44 · 8 of 8 items answered"), result)
        XCTAssertTrue(result.contains("Your first check-in"), result)
        _ = try tmux(["send-keys", "x"])
        try waitFor("rc=0")

        let entriesFolder = workbook.appendingPathComponent("entries")
        let files = (FileManager.default.enumerator(atPath: entriesFolder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }
        XCTAssertEqual(files.count, 1, "\(files)")
        let path = entriesFolder.appendingPathComponent(try XCTUnwrap(files.first)).path
        let stored = try String(contentsOfFile: path, encoding: .utf8)
        for expected in ["kind: checkin", "answers:\n  empty_tank: 2\n  autopilot: 3", "sinking_before_session: 2",
                         "scores:\n  exhaustion: 50", "detachment: 75", "recovery: 12.5"] {
            XCTAssertTrue(stored.contains(expected), "missing “\(expected)” in\n\(stored)")
        }
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: workbook.appendingPathComponent("drafts").path).isEmpty)

        let scores = try run([binary.path, "scores", "--json", "--instrument", "pulse", "--workbook", workbook.path])
        XCTAssertEqual(scores.status, 0, scores.output)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(scores.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?["instrument"] as? String, "pulse")
        XCTAssertEqual(rows.first?["created"] as? String, "2026-11-22T10:00:00Z")
        let values = try XCTUnwrap(rows.first?["scores"] as? [String: Any])
        XCTAssertEqual(values["exhaustion"] as? Double, 50)
        XCTAssertEqual(values["recovery"] as? Double, 12.5)
        XCTAssertEqual(values["client_strain"] as? Double, 50)
    }
}
