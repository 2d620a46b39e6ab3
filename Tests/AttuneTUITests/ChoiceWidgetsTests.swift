import XCTest
@testable import AttuneTUI

final class ChoiceListTests: XCTestCase {
    let directions = ["Toward (over-involved)", "Away (under-involved)", "Mixed"]

    func testArrowsViKeysAndEnds() {
        var l = ChoiceList(items: directions)
        XCTAssertEqual(l.handle(.down), .moved); XCTAssertEqual(l.highlighted, 1)
        XCTAssertEqual(l.handle(.char("j")), .moved); XCTAssertEqual(l.highlighted, 2)
        _ = l.handle(.down); XCTAssertEqual(l.highlighted, 2, "stops at the end")
        _ = l.handle(.char("k")); XCTAssertEqual(l.highlighted, 1)
        _ = l.handle(.home); XCTAssertEqual(l.highlighted, 0)
        _ = l.handle(.end); XCTAssertEqual(l.highlighted, 2)
        XCTAssertEqual(l.handle(.escape), .ignored)
    }

    func testEnterSpaceAndDigitsPick() {
        var l = ChoiceList(items: directions)
        XCTAssertEqual(l.handle(.char("2")), .chosen(1))
        XCTAssertEqual(l.chosen, 1)
        XCTAssertEqual(l.highlighted, 1)
        XCTAssertEqual(l.handle(.char("9")), .ignored, "no ninth item")
        _ = l.handle(.up)
        XCTAssertEqual(l.handle(.enter), .chosen(0))
        _ = l.handle(.down)
        XCTAssertEqual(l.handle(.char(" ")), .chosen(1))
    }

    func testRenderAt80AndNarrow() {
        let l = ChoiceList(items: directions, chosen: 2)
        let wide = rendered(width: 80, height: 3) { l.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(wide, """
            1 ( ) Toward (over-involved)
            2 ( ) Away (under-involved)
            3 (•) Mixed
            """)
        XCTAssertTrue(wide[0, 2].style.reverse, "the highlighted row is reversed when focused")
        XCTAssertFalse(wide[0, 0].style.reverse)
        let narrow = rendered(width: 20, height: 2) { l.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(narrow, """
            2 ( ) Away (under-i…
            3 (•) Mixed
            """)
    }
}

final class ChecklistTests: XCTestCase {
    func sample() -> Checklist {
        Checklist(items: [
            .init(id: "irritability", label: "Irritable between sessions"),
            .init(id: "detached", label: "Felt detached", hasNote: true),
            .init(id: "rushed", label: "Rushed the ending"),
        ], intensityMax: 3)
    }

    func testSpaceTogglesAndClearsIntensity() {
        var c = sample()
        XCTAssertEqual(c.handle(.char(" ")), .changed(0))
        XCTAssertEqual(c.checkedIDs, ["irritability"])
        _ = c.handle(.char("2"))
        XCTAssertEqual(c.items[0].intensity, 2)
        _ = c.handle(.char(" "))
        XCTAssertFalse(c.items[0].checked)
        XCTAssertNil(c.items[0].intensity)
    }

    func testDigitsSetIntensityWithinTheScale() {
        var c = sample()
        _ = c.handle(.down)
        XCTAssertEqual(c.handle(.char("3")), .changed(1))
        XCTAssertTrue(c.items[1].checked, "an intensity ticks the item")
        XCTAssertEqual(c.handle(.char("4")), .ignored, "above the 1–3 scale")
        XCTAssertEqual(c.handle(.char("0")), .changed(1))
        XCTAssertNil(c.items[1].intensity)
        XCTAssertTrue(c.items[1].checked)
        var plain = Checklist(items: sample().items)
        XCTAssertEqual(plain.handle(.char("1")), .ignored, "no scale, no digits")
    }

    func testRenderAt80AndNarrow() {
        var c = sample()
        _ = c.handle(.char("2"))
        let wide = rendered(width: 40, height: 3) { c.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(wide, """
            [x] Irritable between sessions     ●●○
            [ ] Felt detached                  ··· ✎
            [ ] Rushed the ending              ···
            """)
        let narrow = rendered(width: 20, height: 3) { c.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(narrow, """
            [x] Irritable… ●●○
            [ ] Felt deta… ··· ✎
            [ ] Rushed th… ···
            """)
        let at80 = rendered(width: 80, height: 1) { c.render(into: &$0, area: $1, focused: $2, theme: $3) }
        XCTAssertEqual(at80.line(0), "[x] Irritable between sessions" + String(repeating: " ", count: 45) + "●●○")
    }
}

final class ScaleRowTests: XCTestCase {
    let labels = ["Never", "Rarely", "Sometimes", "Often", "Always"]

    func testDigitsAnswerWithinRange() {
        var s = ScaleRow(prompt: "I felt worn out", labels: labels)
        XCTAssertEqual(s.handle(.char("4")), .answered(4))
        XCTAssertEqual(s.value, 4)
        XCTAssertEqual(s.highlighted, 3)
        XCTAssertEqual(s.handle(.char("0")), .ignored, "0 is outside 1–5")
        var z = ScaleRow(prompt: "", labels: labels, lowest: 0)
        XCTAssertEqual(z.handle(.char("0")), .answered(0))
        XCTAssertEqual(z.handle(.char("5")), .ignored, "5 is outside 0–4")
    }

    func testLeftRightMoveAndEnterAnswers() {
        var s = ScaleRow(prompt: "", labels: labels)
        _ = s.handle(.right); _ = s.handle(.right)
        XCTAssertNil(s.value)
        XCTAssertEqual(s.handle(.enter), .answered(3))
        _ = s.handle(.left); _ = s.handle(.left); _ = s.handle(.left)
        XCTAssertEqual(s.highlighted, 0)
        XCTAssertEqual(s.handle(.backspace), .cleared)
        XCTAssertNil(s.value)
    }

    func testLabelsStayVisibleWhenNarrow() {
        var s = ScaleRow(prompt: "How often did you feel worn out?", labels: labels, value: 3)
        s.highlighted = 0
        let wide = rendered(width: 80, height: 2) { s.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(wide, """
            How often did you feel worn out?
             1 Never   2 Rarely  [3 Sometimes]  4 Often   5 Always
            """)
        XCTAssertEqual(s.height(forWidth: 80), 2)
        XCTAssertEqual(s.height(forWidth: 20), 5)
        let narrow = rendered(width: 20, height: 5) { s.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(narrow, """
            How often did you
            feel worn out?
             1 Never   2 Rarely
            [3 Sometimes]
             4 Often   5 Always
            """)
    }
}

final class LongChoiceListTests: XCTestCase {
    func testScrollsToTheHighlightAndNumbersOnlyTheFirstNine() {
        var l = ChoiceList(items: (1...12).map { "Item \($0)" })
        for _ in 0..<10 { _ = l.handle(.down) }
        let b = rendered(width: 20, height: 4) { l.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            8 ( ) Item 8
            9 ( ) Item 9
              ( ) Item 10
              ( ) Item 11
            """)
        XCTAssertTrue(b[0, 3].style.reverse)
        XCTAssertEqual(l.handle(.pageUp), .moved)
        XCTAssertEqual(l.highlighted, 5)
    }

    func testFiveLevelIntensity() {
        var c = Checklist(items: [.init(id: "a", label: "Exhausted")], intensityMax: 5)
        XCTAssertEqual(c.handle(.char("5")), .changed(0))
        XCTAssertEqual(c.intensityText(c.items[0]), "●●●●●")
        XCTAssertEqual(c.handle(.char("6")), .ignored)
        _ = c.handle(.char("2"))
        XCTAssertEqual(c.intensityText(c.items[0]), "●●○○○")
    }
}
