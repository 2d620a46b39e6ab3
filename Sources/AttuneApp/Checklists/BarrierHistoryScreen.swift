import AttuneDomain
import AttuneTUI
import Foundation

/// For each empathy barrier, how often it was present in the checklists of the last 4, 12 and 52 weeks, as bars
/// (share of checklists) with the count beside them. ↑↓ pick a barrier, ←→ or 1–3 a period, Enter lists the
/// checklists behind the highlighted count.
public struct BarrierHistoryScreen: ScreenModel {
    var history: BarrierHistory
    var row = 0
    var column = 0

    public init(ctx: AppContext) {
        history = BarrierHistory(entries: ctx.entries, definition: ctx.checklist, now: ctx.now())
    }

    public var title: String { "Barrier history" }
    public var hints: [KeyHint] {
        [KeyHint("Enter", "list entries"), KeyHint("←→", "period"), KeyHint("↑↓", "barrier"), KeyHint("Esc", "back")]
    }
    public var help: [HelpRow] {
        [HelpRow("↑↓ / j k", "pick a barrier"), HelpRow("←→ / h l, 1 2 3", "pick the period: 4, 12 or 52 weeks"),
         HelpRow("Enter", "the checklists in which the barrier was present in that period"),
         HelpRow("", "Bars show the share of your checklists in the period; the number is how many."),
         HelpRow("Esc / q", "back")]
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        switch event {
        case .resumed:
            history = BarrierHistory(entries: ctx.entries, definition: ctx.checklist, now: ctx.now())
            row = min(row, max(0, history.rows.count - 1))
            return .none
        case .key(let key):
            let windows = BarrierHistory.windows.count
            switch key {
            case .left, .char("h"): column = max(0, column - 1)
            case .right, .char("l"): column = min(windows - 1, column + 1)
            case .enter:
                guard history.rows.indices.contains(row) else { return .none }
                let r = history.rows[row]
                let count = r.counts[column]
                guard !count.entries.isEmpty else {
                    return .say("\(r.title) was not present in the last \(BarrierHistory.windows[column]) weeks.")
                }
                return .go(.push(BarrierEntriesScreen(
                    title: "\(r.title) · last \(BarrierHistory.windows[column]) weeks", entries: count.entries,
                    group: r.id, ctx: ctx)))
            default:
                if let d = KeyMap.digit(key), (1...windows).contains(d) { column = d - 1; return .none }
                switch KeyMap.intent(of: key, inField: false) {
                case .up: row = max(0, row - 1)
                case .down: row = min(max(0, history.rows.count - 1), row + 1)
                case .top: row = 0
                case .bottom: row = max(0, history.rows.count - 1)
                default: return .unhandled
                }
            }
            return .none
        default:
            return .unhandled
        }
    }

    /// A bar of `fraction` in `width` cells, in eighths of a cell.
    static func bar(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let eighths = Int((min(max(0, fraction), 1) * Double(width) * 8).rounded())
        var s = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { s.append(BarChart.partials[eighths % 8 - 1]) }
        if s.isEmpty, fraction > 0 { s = "▏" }
        return s
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        let theme = ctx.theme
        buffer.cursor = nil
        let r = area.inset(dx: 1, dy: 0)
        guard r.height >= 3, r.width >= 20 else { return }
        if history.totals.last == 0 {
            for (k, line) in Wrap.lines("No checklists in the last year yet. Press c on the dashboard to take one; "
                                        + "this chart fills as you go.", width: r.width).prefix(r.height).enumerated() {
                buffer.write(line, x: r.x, y: r.y + k, style: theme.dim)
            }
            return
        }
        let windows = BarrierHistory.windows
        let longest = history.rows.map { DisplayWidth.of($0.title) }.max() ?? 10
        let labelWidth = min(longest, max(10, r.width - 3 * 10 - 1))
        let columnWidth = (r.width - labelWidth - 1) / windows.count
        let countWidth = 3
        var y = r.y
        buffer.write(DisplayWidth.pad("Barrier", to: labelWidth), x: r.x, y: y, style: theme.title)
        for (k, w) in windows.enumerated() {
            let full = "\(w) wk (\(history.totals[k]))"
            let text = DisplayWidth.of(full) < columnWidth ? full : "\(w) wk"
            buffer.write(text, x: r.x + labelWidth + 1 + k * columnWidth, y: y, style: k == column ? theme.focus : theme.title)
        }
        y += 1
        let detailRows = 2
        let visible = max(1, r.maxY - y - detailRows)
        let first = max(0, min(row - visible + 1, history.rows.count - visible))
        for (i, h) in history.rows.enumerated().dropFirst(first).prefix(visible) {
            let selected = i == row
            buffer.write(DisplayWidth.pad(h.title, to: labelWidth), x: r.x, y: y,
                         style: selected ? theme.focus : theme.normal)
            for (k, count) in h.counts.enumerated() {
                let x = r.x + labelWidth + 1 + k * columnWidth
                let barWidth = max(1, columnWidth - countWidth - 2)
                let cell = DisplayWidth.pad(Self.bar(count.fraction, width: barWidth), to: barWidth)
                    + String(repeating: " ", count: max(0, countWidth - String(count.entries.count).count))
                    + String(count.entries.count)
                var style = count.entries.isEmpty ? theme.dim : theme.chart
                if selected && k == column { style = style.merged(with: theme.selection) }
                buffer.write(cell, x: x, y: y, style: style, clip: Rect(x: x, y: y, width: columnWidth - 1, height: 1))
            }
            y += 1
        }
        guard history.rows.indices.contains(row) else { return }
        let h = history.rows[row]
        let count = h.counts[column]
        let detail = "\(h.title): present in \(count.entries.count) of \(count.total) checklists in the last "
            + "\(windows[column]) weeks" + (count.entries.isEmpty ? "." : " · Enter lists them.")
        let detailArea = Rect(x: r.x, y: r.maxY - detailRows, width: r.width, height: detailRows)
        for (k, line) in Wrap.lines(detail, width: r.width).prefix(detailRows).enumerated() {
            buffer.write(line, x: r.x, y: detailArea.y + k, style: theme.dim, clip: detailArea)
        }
    }
}
