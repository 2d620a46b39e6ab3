import XCTest
@testable import AttuneTUI

/// Renders at 80 columns for the widgets whose other tests use narrower areas.
final class WideRenderTests: XCTestCase {
    func testScrollListAt80() {
        let l = ScrollList(columns: [.init("Date", width: .fixed(10)), .init("Kind", width: .fixed(10)),
                                     .init("Summary", width: .flexible(1)), .init("Shared", width: .fixed(6))],
                           rows: [["2026-11-02", "note", "Grief session stirred my own loss", "no"],
                                  ["2026-11-09", "checkin", "Pulse: exhaustion up", "yes"]])
        let b = rendered(width: 80, height: 3) { l.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Date       Kind       Summary                                             Shared
            2026-11-02 note       Grief session stirred my own loss                   no
            2026-11-09 checkin    Pulse: exhaustion up                                yes
            """)
    }

    func testStatusLineAt80() {
        var s = StatusLine(hints: [.init("^S", "save"), .init("Esc", "back"), .init("?", "help")])
        s.show("Draft kept in drafts/.", severity: .info)
        let b = rendered(width: 80, height: 1) { s.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Draft kept in drafts/.                                 ^S save  Esc back  ? help
            """)
    }

    func testChartsAt80() {
        let bars = BarChart(bars: [.init("Personal", 62.5), .init("Work-related", 41), .init("Client-related", nil)],
                            reference: 50)
        var b = rendered(width: 80, height: 4) { bars.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Personal       ███████████████████████████████┃██████▊                        63
            Work-related   █████████████████████████▍     │                               41
            Client-related                                │                                –
                           0                             50                           100
            """)
        let line = LineChart(values: [30, 45, 55, nil, 70, 60], reference: 50)
        b = rendered(width: 80, height: 5) { line.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            100
                    ●
             50 ┄●●┄┄●┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄
                ●
              0
            """)
        let spark = Sparkline(values: (0..<100).map { Double($0 % 8) }, range: 0...7)
        b = rendered(width: 80, height: 1) { spark.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            ▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄▅▆▇█▁▂▃▄
            """)
    }

    func testLineChartNarrow() {
        let line = LineChart(values: Array(repeating: 80, count: 30), reference: 50)
        let b = rendered(width: 20, height: 3) { line.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            100 ●●●●●●●●●●●●●●●●
             50 ┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄
              0
            """)
    }

    func testHelpOverlayAt20() {
        let h = HelpOverlay(title: "Keys", rows: [.init("^S", "save the entry"), .init("Esc", "back")])
        let b = rendered(width: 20, height: 6) { h.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            ┌ Keys ────────────┐
            │ ^S   save the    │
            │      entry       │
            │ Esc  back        │
            └─ Esc close ──────┘
            """)
    }
}
