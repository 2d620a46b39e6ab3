import AttuneDomain
import AttuneStore
import Foundation
import XCTest

/// Fills a countertransference note in a real terminal: `.build/debug/attune new note` under tmux, keyboard only
/// (Unicode text, reactions with intensities, the origin left private), then reads the file on disk and
/// `attune list --json`. Skipped when the binary or tmux is missing.
final class NoteEndToEndTests: XCTestCase {
    var root: URL!
    var binary: URL!
    var socket = ""
    var tmux = ""

    override func setUpWithError() throws {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        binary = package.appendingPathComponent(".build/debug/attune")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("no binary at \(binary.path); run `swift build` first")
        }
        guard let found = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { throw XCTSkip("tmux is not installed") }
        tmux = found
        root = FileManager.default.temporaryDirectory.appendingPathComponent("attune-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
        socket = "attune-forms-e2e-\(getpid())"
    }

    override func tearDown() {
        _ = try? run(tmux, ["-L", socket, "kill-server"])
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    var environment: [String: String] {
        ["HOME": root.appendingPathComponent("home").path, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC",
         "TERM": "xterm-256color", "ATTUNE_NOW": "2026-11-22T10:00:00Z", "PATH": "/usr/bin:/bin",
         "NO_COLOR": "1", "EDITOR": "true"]
    }
    var workbook: String { root.appendingPathComponent("wb").path }

    /// Runs a tool to the end and returns its status and output (through a file). posix_spawn and waitpid
    /// directly: Foundation's Process sometimes misses the exit of tmux's forking client and waits forever.
    @discardableResult
    func run(_ tool: String, _ args: [String]) throws -> (status: Int32, out: String) {
        let outPath = root.appendingPathComponent("out-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([tool] + args).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tool, &actions, nil, argv, envp)
        guard spawned == 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(spawned)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (code, (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "")
    }

    func screen() -> String { (try? run(tmux, ["-L", socket, "capture-pane", "-p"]).out) ?? "" }

    /// Polls the pane until `text` shows (keys sent in one burst would read as a paste, so each step waits).
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen().contains(text) { return }
            usleep(50_000)
        }
        XCTFail("“\(text)” never appeared. Screen:\n\(screen())", file: file, line: line)
    }

    func keys(_ names: String...) throws {
        for k in names {
            try run(tmux, ["-L", socket, "send-keys", k])
            usleep(120_000)
        }
    }

    func literal(_ text: String) throws {
        try run(tmux, ["-L", socket, "send-keys", "-l", text])
        usleep(200_000)
    }

    func testFillANoteByKeyboardAndFindItOnDiskAndInListJSON() throws {
        XCTAssertEqual(try run(binary.path, ["init", "--workbook", workbook, "--role", "supervisee", "--name", "A. Lee"]).status, 0)
        let command = "'\(binary.path)' new note --workbook '\(workbook)'; echo rc=$?; sleep 30"
        try run(tmux, ["-L", socket, "new-session", "-d", "-x", "80", "-y", "24",
                       "env " + environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ") + " " + command])
        waitFor("New countertransference note")
        try literal("Wren-4")
        waitFor("Client code *  Wren-4")
        try keys("Tab", "Tab", "Tab", "2", "6", "Tab")
        waitFor("6 [x] The client's emotions")
        try literal("Asked about 父 — I froze.")
        waitFor("Asked about 父 — I froze.")
        try keys("Tab", "4", "Right", "2", "Down", "Space")
        waitFor("[x] Special / over-involved     ●●●○○")
        try keys("PageDown", "PageDown", "PageDown", "Tab")
        try literal("mein großvater, 沈黙")
        waitFor("Hypothesis     mein großvater, 沈黙")
        try keys("Tab")
        waitFor("▸ [x] Keep the origin private")
        try keys("C-s")
        waitFor("rc=0")

        let entries = URL(fileURLWithPath: workbook).appendingPathComponent("entries/2026/11")
        let files = try FileManager.default.contentsOfDirectory(atPath: entries.path).filter { $0.hasSuffix(".md") }
        XCTAssertEqual(files.count, 1)
        let file = try XCTUnwrap(files.first)
        XCTAssertTrue(file.hasPrefix("20261122-1000-note-"))
        let text = try String(contentsOf: entries.appendingPathComponent(file), encoding: .utf8)
        let entry = try EntryCodec.decode(text, path: file)
        let note = CountertransferenceNote(fields: entry.fields)
        XCTAssertEqual(entry.author, "A. Lee")
        XCTAssertFalse(entry.shared)
        XCTAssertEqual(note.client, "Wren-4")
        XCTAssertEqual(note.sessionDate, "2026-11-22")
        XCTAssertEqual(note.triggerCategories, ["comparison", "client_emotion"])
        XCTAssertEqual(note.triggerText, "Asked about 父 — I froze.")
        XCTAssertEqual(note.reactions, [.init(family: "overwhelmed", intensity: 4), .init(family: "helpless", intensity: 2),
                                        .init(family: "special", intensity: 3)])
        XCTAssertEqual(note.originText, "mein großvater, 沈黙")
        XCTAssertTrue(note.originPrivate)
        XCTAssertTrue(text.contains("private: true"))
        let drafts = URL(fileURLWithPath: workbook).appendingPathComponent("drafts")
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: drafts.path))?.filter { $0.hasSuffix(".md") } ?? [], [])

        let listed = try run(binary.path, ["list", "--json", "--workbook", workbook])
        XCTAssertEqual(listed.status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [[String: Any]])
        XCTAssertEqual(json.count, 1)
        let fields = try XCTUnwrap(json.first?["fields"] as? [String: Any])
        XCTAssertEqual(fields["client"] as? String, "Wren-4")
        XCTAssertEqual((fields["trigger"] as? [String: Any])?["text"] as? String, "Asked about 父 — I froze.")
        let origin = try XCTUnwrap(fields["origin"] as? [String: Any])
        XCTAssertEqual(origin["private"] as? Bool, true)
        XCTAssertEqual(origin["text"] as? String, "mein großvater, 沈黙")
        let reactions = try XCTUnwrap(fields["reactions"] as? [[String: Any]])
        XCTAssertEqual(reactions.map { "\($0["family"] ?? "") \($0["intensity"] ?? "")" },
                       ["overwhelmed 4", "helpless 2", "special 3"])
    }
}
