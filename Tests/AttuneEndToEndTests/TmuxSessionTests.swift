import XCTest

/// The harness itself, proved against a plain shell so it is trusted before it judges attune.
final class TmuxSessionTests: XCTestCase {
    private func shell() throws -> TmuxSession {
        guard TmuxSession.tmuxPath != nil else { throw XCTSkip("tmux is not installed; end-to-end tests need it") }
        let session = try TmuxSession(command: "bash --norc --noprofile")
        try session.waitFor(text: "$")
        return session
    }

    func testEnvironmentIsHermetic() throws {
        let session = try shell()
        defer { session.kill() }
        try session.sendLiteral(#"printf '<%s|%s|%s|%s>\n' "$LANG" "$TZ" "$TERM" "${HOME#/*/}""#)
        try session.sendKeys("Enter")
        try session.waitFor(text: "<C.UTF-8|UTC|xterm-256color|\(session.home.lastPathComponent)>")
    }

    func testUnicodeTypedLiterallyArrivesIntact() throws {
        let session = try shell()
        defer { session.kill() }
        try session.sendLiteral(#"read -r line; echo "got:$line:""#)
        try session.sendKeys("Enter")
        try session.sendLiteral("é日本👍")
        try session.sendKeys("Enter")
        try session.waitFor(text: "got:é日本👍:")
    }

    func testResizeChangesTheTerminalSize() throws {
        let session = try shell()
        defer { session.kill() }
        try session.sendLiteral("stty size")
        try session.sendKeys("Enter")
        try session.waitFor(text: "24 80")
        try session.resize(width: 20, height: 6)
        try session.sendKeys("C-l")
        try session.sendLiteral("stty size")
        try session.sendKeys("Enter")
        try session.waitFor(text: "6 20")
    }

    func testHoldOnExitShowsStatusAndTerminalModes() throws {
        guard TmuxSession.tmuxPath != nil else { throw XCTSkip("tmux is not installed") }
        let session = try TmuxSession(command: "sh -c 'exit 3'", holdOnExit: true)
        defer { session.kill() }
        XCTAssertEqual(try session.waitForExitStatus(), 3)
        XCTAssertTrue(try session.waitFor(text: "icanon").contains(" echo "))
    }

    func testWaitForReportsTheScreenWhenTheTextNeverComes() throws {
        let session = try shell()
        defer { session.kill() }
        XCTAssertThrowsError(try session.waitFor(text: "no such text", timeout: 0.3)) { error in
            XCTAssertTrue(String(describing: error).contains("$"), "the message shows the screen")
        }
    }
}
