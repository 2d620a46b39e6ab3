import XCTest
@testable import AttuneTUI

final class ThemeTests: XCTestCase {
    func testNoColorAnyNonEmptyValueGivesMono() {
        XCTAssertEqual(Theme.resolve(environment: ["NO_COLOR": "1"]), .mono)
        XCTAssertEqual(Theme.resolve(environment: ["NO_COLOR": "0"]), .mono, "any non-empty value counts")
        XCTAssertEqual(Theme.resolve(environment: ["NO_COLOR": ""]), .color, "an empty value does not")
        XCTAssertEqual(Theme.resolve(environment: [:]), .color)
        XCTAssertEqual(Theme.resolve(environment: ["TERM": "dumb"]), .mono)
    }

    func testConfigValueWins() {
        XCTAssertEqual(Theme.resolve(environment: ["NO_COLOR": "1"], configValue: "color"), .color)
        XCTAssertEqual(Theme.resolve(environment: [:], configValue: "mono"), .mono)
        XCTAssertEqual(Theme.resolve(environment: ["NO_COLOR": "1"], configValue: "auto"), .mono)
        XCTAssertEqual(Theme.resolve(environment: [:], configValue: "MONO"), .mono)
        XCTAssertEqual(Theme.resolve(environment: [:], configValue: "sparkly"), .color, "unknown means auto")
        XCTAssertEqual(Theme.resolve(environment: [:], configValue: nil), .color)
    }

    func testMonoUsesNoColourAndColorKeepsTheDefaultBackground() {
        let mono = Theme.mono
        let monoStyles = [mono.normal, mono.dim, mono.hint, mono.title, mono.selection, mono.inactiveSelection,
                          mono.focus, mono.field, mono.error, mono.warning, mono.success, mono.accent, mono.chart,
                          mono.reference]
        XCTAssertTrue(monoStyles.allSatisfy { $0.fg == .default && $0.bg == .default })
        XCTAssertFalse(mono.usesColor)
        let c = Theme.color
        let colorStyles = [c.normal, c.dim, c.hint, c.title, c.selection, c.inactiveSelection, c.focus, c.field,
                           c.error, c.warning, c.success, c.accent, c.chart, c.reference]
        XCTAssertTrue(colorStyles.allSatisfy { $0.bg == .default })
        XCTAssertTrue(c.usesColor)
        XCTAssertNotEqual(mono.error, mono.normal, "errors stand out without colour")
        XCTAssertNotEqual(mono.selection, mono.normal)
    }

    func testMergedStyles() {
        let s = Style(fg: .red, underline: true).merged(with: Style(bold: true, reverse: true))
        XCTAssertEqual(s, Style(fg: .red, bold: true, reverse: true, underline: true))
        XCTAssertEqual(Style(fg: .red).merged(with: Style(fg: .blue)).fg, .blue)
    }
}

final class KeyMapTests: XCTestCase {
    func testNavigationKeysOutsideFields() {
        XCTAssertTrue(KeyMap.isUp(.up))
        XCTAssertTrue(KeyMap.isUp(.char("k")))
        XCTAssertTrue(KeyMap.isDown(.char("j")))
        XCTAssertTrue(KeyMap.isBack(.escape))
        XCTAssertTrue(KeyMap.isBack(.left))
        XCTAssertTrue(KeyMap.isBack(.char("q")))
        XCTAssertTrue(KeyMap.isHelp(.char("?")))
        XCTAssertTrue(KeyMap.isHelp(.function(1)))
        XCTAssertTrue(KeyMap.isConfirm(.enter))
        XCTAssertEqual(KeyMap.intent(of: .tab, inField: false), .next)
        XCTAssertEqual(KeyMap.intent(of: .backTab, inField: true), .previous)
    }

    func testLettersAreTextInsideFields() {
        XCTAssertFalse(KeyMap.isUp(.char("k"), inField: true))
        XCTAssertFalse(KeyMap.isBack(.char("q"), inField: true))
        XCTAssertFalse(KeyMap.isBack(.left, inField: true), "Left moves the cursor in a field")
        XCTAssertFalse(KeyMap.isHelp(.char("?"), inField: true))
        XCTAssertTrue(KeyMap.isHelp(.function(1), inField: true), "F1 works anywhere")
        XCTAssertTrue(KeyMap.isBack(.escape, inField: true))
        XCTAssertTrue(KeyMap.isUp(.up, inField: true))
        XCTAssertNil(KeyMap.intent(of: .char("x"), inField: false))
    }

    func testDigits() {
        XCTAssertEqual(KeyMap.digit(.char("7")), 7)
        XCTAssertNil(KeyMap.digit(.char("٣")), "only ASCII digits answer")
        XCTAssertNil(KeyMap.digit(.ctrl("a")))
    }
}
