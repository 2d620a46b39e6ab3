import Foundation
import XCTest
@testable import AttuneStore

final class ConfigTests: XCTestCase {
    func testLocationOrder() {
        let env = ["HOME": "/home/t", "XDG_DATA_HOME": "/data", "ATTUNE_WORKBOOK": "/env/book"]
        XCTAssertEqual(WorkbookLocation.resolve(explicit: "/cli/book", environment: env).path, "/cli/book")
        XCTAssertEqual(WorkbookLocation.resolve(explicit: nil, environment: env).path, "/env/book")
        XCTAssertEqual(WorkbookLocation.resolve(explicit: "~/w", environment: env).path, "/home/t/w")
        var e2 = env
        e2["ATTUNE_WORKBOOK"] = nil
        XCTAssertEqual(WorkbookLocation.resolve(explicit: nil, environment: e2).path, "/data/attune")
        e2["XDG_DATA_HOME"] = "relative/ignored"
        XCTAssertEqual(WorkbookLocation.resolve(explicit: nil, environment: e2).path, "/home/t/.local/share/attune")
        XCTAssertEqual(WorkbookLocation.configFile(environment: ["HOME": "/h"]).path, "/h/.config/attune/config")
        XCTAssertEqual(WorkbookLocation.configFile(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c"]).path, "/c/attune/config")
    }

    func testDefaultTextParsesCleanToDefaults() {
        let parsed = AttuneConfig.parse(AttuneConfig.defaultText)
        XCTAssertEqual(parsed.issues, [])
        XCTAssertEqual(parsed.config, AttuneConfig())
    }

    func testValuesAndBadLines() {
        let text = """
            # comment
            checkin_cadence_days = 14
            supervision_cadence_days = soon
            theme = mono
            editor = "nano -w"
            colour = blue
            just words
            theme = rainbow
            supervision_cadence_days = 0
            """
        let (config, issues) = AttuneConfig.parse(text)
        XCTAssertEqual(config.checkinCadenceDays, 14)
        XCTAssertEqual(config.supervisionCadenceDays, 7)
        XCTAssertEqual(config.theme, .mono)
        XCTAssertEqual(config.editor, "nano -w")
        XCTAssertEqual(issues.map(\.line), [3, 6, 7, 8, 9])
        XCTAssertTrue(issues[0].description.hasPrefix("config line 3: supervision_cadence_days must be"))
        XCTAssertEqual(config.editorCommand(environment: ["EDITOR": "vim"]), "nano -w")
        XCTAssertEqual(AttuneConfig().editorCommand(environment: ["EDITOR": "vim"]), "vim")
        XCTAssertEqual(AttuneConfig().editorCommand(environment: [:]), "vi")
    }

    func testLoadWritesCommentedDefaultOnce() throws {
        let home = try makeTemporaryFolder("config")
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["HOME": home.path]
        let first = AttuneConfig.load(environment: env)
        XCTAssertEqual(first.issues, [])
        XCTAssertEqual(try String(contentsOf: first.url, encoding: .utf8), AttuneConfig.defaultText)
        XCTAssertEqual(FileStamp.mode(first.url.path), 0o600)
        try "theme = color\nbogus\n".write(to: first.url, atomically: true, encoding: .utf8)
        let second = AttuneConfig.load(environment: env)
        XCTAssertEqual(second.config.theme, .color)
        XCTAssertEqual(second.issues.map(\.line), [2])
    }
}

final class ConfigBindingTests: XCTestCase {
    func testBindLinesAreKeptInOrderAndBadOnesReported() {
        let (config, issues) = AttuneConfig.parse("bind = F2 ^S\nbind = F3\n# bind = F4 q\nbind = F5  b\n")
        XCTAssertEqual(config.bindings.map { "\($0.from)>\($0.to)@\($0.line)" }, ["F2>^S@1", "F5>b@4"])
        XCTAssertEqual(issues.map(\.line), [2])
        XCTAssertTrue(issues.first?.message.contains("bind takes two key names") ?? false)
    }

    func testTheDefaultFileDocumentsBindingsButBindsNothing() {
        let (config, issues) = AttuneConfig.parse(AttuneConfig.defaultText)
        XCTAssertEqual(config.bindings, [])
        XCTAssertEqual(issues, [])
        XCTAssertTrue(AttuneConfig.defaultText.contains("# bind = F2 ^S"))
    }
}
