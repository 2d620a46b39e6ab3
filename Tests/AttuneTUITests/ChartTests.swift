import XCTest
@testable import AttuneTUI

final class SparklineTests: XCTestCase {
    func testLevelsAndGaps() {
        let s = Sparkline(values: [0, 25, nil, 50, 75, 100], range: 0...100)
        XCTAssertEqual(s.text(width: 10), "▁▃ ▅▆█")
        XCTAssertEqual(s.text(width: 3), "▅▆█", "the newest values are kept")
    }

    func testOwnRangeFlatAndEmpty() {
        XCTAssertEqual(Sparkline(values: [3, 5, 7]).text(width: 5), "▁▅█")
        XCTAssertEqual(Sparkline(values: [4, 4]).text(width: 5), "▄▄")
        XCTAssertEqual(Sparkline(values: [nil, nil]).text(width: 5), "  ")
        XCTAssertEqual(Sparkline(values: []).text(width: 5), "")
    }

    func testRender() {
        let s = Sparkline(values: [10, 90, nil, 40], range: 0...100)
        let b = rendered(width: 20, height: 1) { s.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, "▂▇ ▄")
    }
}

final class BarChartTests: XCTestCase {
    let chart = BarChart(bars: [.init("Personal", 62.5), .init("Work", 25), .init("Client", nil, valueText: "n/a")],
                         maximum: 100, reference: 50)

    func testBarsWithEighths() {
        XCTAssertEqual(BarChart.barText(50, maximum: 100, width: 10), "█████")
        XCTAssertEqual(BarChart.barText(55, maximum: 100, width: 10), "█████▌")
        XCTAssertEqual(BarChart.barText(0, maximum: 100, width: 10), "")
        XCTAssertEqual(BarChart.barText(150, maximum: 100, width: 4), "████")
    }

    func testRenderWithReferenceLineAt40() {
        let b = rendered(width: 40, height: 4) { chart.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Personal ██████████████┃█▉            63
            Work     ██████▊       │              25
            Client                 │             n/a
                     0            50         100
            """)
        XCTAssertEqual(b[23, 0].style, Theme.mono.reference, "the line is drawn in the reference style")
        XCTAssertEqual(chart.height, 4)
    }

    func testRenderNarrow() {
        let b = rendered(width: 20, height: 3) { chart.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Perso… █████┃     63
            Work   ██▎  │     25
            Client      │    n/a
            """)
    }
}

final class LineChartTests: XCTestCase {
    func testRenderWithReferenceAndGaps() {
        let c = LineChart(values: [20, 40, nil, 60, 100, 0], range: 0...100, reference: 50)
        let b = rendered(width: 12, height: 5) { c.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            100     ●

             50 ┄●┄●┄┄┄┄
                ●
              0      ●
            """)
    }
}

final class TextBlockTests: XCTestCase {
    func sample(viewport: Size) -> TextBlock {
        TextBlock([.init("About the pulse", role: .title),
                   .init("This is a self-reflection pulse, not a validated measure. It shows how the last week felt."),
                   .init("Scores run from 0 to 100.", role: .dim, indent: 2)], viewport: viewport)
    }

    func testWrapsAt80() {
        let t = sample(viewport: Size(width: 80, height: 10))
        let b = rendered(width: 80, height: 6) { t.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            About the pulse

            This is a self-reflection pulse, not a validated measure. It shows how the last
            week felt.

              Scores run from 0 to 100.
            """)
        XCTAssertTrue(b[0, 0].style.bold, "title role")
    }

    func testScrollsAtNarrowWidth() {
        var t = sample(viewport: Size(width: 20, height: 4))
        XCTAssertEqual(t.lines(width: 20).count, 11)
        var b = rendered(width: 20, height: 4) { t.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            About the pulse

            This is a
            self-reflection    ↓
            """)
        XCTAssertEqual(t.handle(.pageDown), .scrolled)
        XCTAssertEqual(t.scroll, 3)
        _ = t.handle(.end)
        XCTAssertEqual(t.scroll, 7)
        b = rendered(width: 20, height: 4) { t.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            last week felt.    ↑

              Scores run from 0
              to 100.
            """)
        _ = t.handle(.down)
        XCTAssertEqual(t.scroll, 7, "stops at the end")
        XCTAssertEqual(t.handle(.char("x")), .ignored)
    }
}
