import AttuneDomain
import AttuneTUI
import Foundation

/// Every dimension of one instrument over time: a sparkline with the previous value and the change, and a
/// larger line chart of the selected dimension with a cursor on one assessment; Enter opens that assessment.
public struct ScoresHistoryScreen: ScreenModel {
    var instrument: String
    var history: ScoreHistory?
    var loadError: String?
    var dimension = 0
    /// Index into `history.points` of the point under the cursor.
    var point = 0

    public init(ctx: AppContext, instrument: String = "pulse") {
        self.instrument = ScoreHistory.instrumentIDs.contains(instrument) ? instrument : "pulse"
        load(ctx)
        point = max(0, (history?.points.count ?? 0) - 1)
    }

    private mutating func load(_ ctx: AppContext) {
        do { history = try ScoreHistory.build(instrument: instrument, entries: ctx.entries); loadError = nil } catch {
            history = nil
            loadError = "The history could not be built: \(error)"
        }
        let count = history?.points.count ?? 0
        point = max(0, min(point, count - 1))
        dimension = max(0, min(dimension, (history?.dimensions.count ?? 1) - 1))
    }

    public var title: String { "Score history" }
    public var hints: [KeyHint] {
        [KeyHint("↑↓", "dimension"), KeyHint("←→", "point"), KeyHint("Enter", "open"), KeyHint("Tab", "instrument"),
         KeyHint("Esc", "back")]
    }
    public var help: [HelpRow] {
        [HelpRow("↑↓ / j k", "choose a dimension (its chart is shown below)"),
         HelpRow("←→ / h l", "move the cursor to an earlier or later check-in"),
         HelpRow("Home / End", "first / latest point"),
         HelpRow("Enter", "open the check-in or assessment under the cursor"),
         HelpRow("Tab / S-Tab", "next / previous instrument: pulse, CBI, ProQOL 5"), HelpRow("Esc / q", "back")]
    }

    var selectedPoint: ScoreHistory.Point? {
        guard let points = history?.points, points.indices.contains(point) else { return nil }
        return points[point]
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        switch event {
        case .resumed:
            load(ctx)
            return .none
        case .key(let key):
            return handle(key, ctx: ctx)
        default:
            return .unhandled
        }
    }

    private mutating func handle(_ key: Key, ctx: AppContext) -> Outcome {
        let ids = ScoreHistory.instrumentIDs
        let count = history?.points.count ?? 0
        switch key {
        case .tab, .backTab:
            let i = ids.firstIndex(of: instrument) ?? 0
            instrument = ids[(i + (key == .tab ? 1 : ids.count - 1)) % ids.count]
            point = Int.max / 2
            load(ctx)
        case .up, .char("k"): dimension = max(0, dimension - 1)
        case .down, .char("j"): dimension = min((history?.dimensions.count ?? 1) - 1, dimension + 1)
        case .left, .char("h"): point = max(0, point - 1)
        case .right, .char("l"): point = max(0, min(count - 1, point + 1))
        case .home, .char("g"): point = 0
        case .end, .char("G"): point = max(0, count - 1)
        case .enter:
            guard let selected = selectedPoint else { return .say("Nothing saved yet for this instrument.") }
            return .go(.push(EntryScreen(id: selected.id, ctx: ctx)))
        default:
            return .unhandled
        }
        return .none
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        buffer.cursor = nil
        let theme = ctx.theme
        let page = area.inset(dx: area.width >= 60 ? 2 : 1, dy: 0)
        guard page.width > 10, page.height > 2 else { return }
        var y = page.y
        let names = ScoreHistory.instrumentIDs.map { $0 == instrument ? "[\(Self.shortName($0))]" : Self.shortName($0) }
        buffer.write(DisplayWidth.truncate(names.joined(separator: " "), to: page.width), x: page.x, y: y, style: theme.title)
        y += 1
        guard let history else {
            buffer.write(loadError ?? "", x: page.x, y: y, style: theme.error, clip: page)
            return
        }
        guard !history.points.isEmpty else {
            let how = instrument == "pulse" ? "Press i on the dashboard, or run `attune checkin`."
                : "Run `attune assess \(instrument)` (import its wording first, or enter a paper form with --answers)."
            for line in Wrap.lines("No \(Self.shortName(instrument)) saved yet. " + how, width: page.width) where y < page.maxY {
                buffer.write(line, x: page.x, y: y, style: theme.dim)
                y += 1
            }
            return
        }
        y = drawTable(history, into: &buffer, page: page, y: y, theme: theme)
        drawChart(history, into: &buffer, area: Rect(x: page.x, y: y, width: page.width, height: page.maxY - y), theme: theme)
    }

    static func shortName(_ id: String) -> String {
        switch id {
        case "pulse": return "Pulse"
        case "cbi": return "CBI"
        case "proqol5": return "ProQOL 5"
        default: return id
        }
    }

    /// One row per dimension: title, sparkline, previous value, latest value, change. Returns the next free row.
    private func drawTable(_ history: ScoreHistory, into buffer: inout Buffer, page: Rect, y top: Int, theme: Theme) -> Int {
        var y = top
        let wide = page.width >= 60
        let numbers = wide ? 19 : 10
        let longest = history.dimensions.map { DisplayWidth.of($0.title) }.max() ?? 4
        let labelWidth = max(4, min(longest + 2, page.width - numbers - 2 - 4))
        let sparkWidth = max(1, page.width - numbers - 2 - labelWidth)
        if y < page.maxY {
            let head = wide ? "  prev  latest  chg" : " last  chg"
            buffer.write(DisplayWidth.pad(" trend over \(history.points.count)", to: labelWidth + sparkWidth + 2) + head,
                         x: page.x, y: y, style: theme.dim, clip: page)
            y += 1
        }
        for (i, d) in history.dimensions.enumerated() where y < page.maxY {
            let values = history.values(d.id)
            let latest = values.last ?? nil
            let before = values.count >= 2 ? values[values.count - 2] : nil
            let spark = DisplayWidth.pad(Sparkline(values: values, range: history.range).text(width: sparkWidth), to: sparkWidth)
            let change = ScoreHistory.changeText(latest, before) ?? ""
            func right(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - DisplayWidth.of(s))) + s }
            let nums = wide
                ? right(values.count >= 2 ? ScoreHistory.scoreText(before) : "", 6) + right(ScoreHistory.scoreText(latest), 8)
                    + right(change, 5)
                : right(ScoreHistory.scoreText(latest), 5) + right(change, 5)
            let label = DisplayWidth.pad(DisplayWidth.truncate((i == dimension ? "▸ " : "  ") + d.title, to: labelWidth), to: labelWidth)
            let style = i == dimension ? theme.selection : theme.normal
            buffer.write(DisplayWidth.pad(label + " " + spark + " " + nums, to: page.width), x: page.x, y: y, style: style,
                         clip: page)
            y += 1
        }
        return y + (y < page.maxY ? 1 : 0)
    }

    /// The selected dimension as a line chart, the cursor's column marked, and a line naming the point.
    private func drawChart(_ history: ScoreHistory, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.height >= 1, history.dimensions.indices.contains(dimension) else { return }
        let d = history.dimensions[dimension]
        let values = history.values(d.id)
        let (chartArea, caption) = area.splitBottom(1)
        if let selected = selectedPoint {
            let score = ScoreHistory.scoreText(selected.score(d.id))
            let text = "\(d.title): \(score) on \(Timestamp.formatDay(selected.date)) (\(point + 1)/\(values.count)) · Enter opens it"
            buffer.write(DisplayWidth.truncate(text, to: caption.width), x: caption.x, y: caption.y, style: theme.accent)
        }
        guard chartArea.height >= 3 else { return }
        // The chart puts its value labels in a gutter; the plot starts after it, newest value at the right.
        let labels = [history.range.upperBound, history.range.lowerBound] + (history.referenceLine.map { [$0] } ?? [])
        let gutter = (labels.map { String(Int($0.rounded())).count }.max() ?? 0) + 1
        let plotWidth = chartArea.width - gutter
        guard plotWidth > 0 else { return }
        // A few points are spread out (gaps between them) so the chart is readable, up to four cells apart.
        let spacing = max(1, min(4, plotWidth / max(1, values.count)))
        var spread: [Double?] = []
        for (i, v) in values.enumerated() {
            if i > 0 { spread += Array(repeating: nil, count: spacing - 1) }
            spread.append(v)
        }
        LineChart(values: spread, range: history.range, reference: history.referenceLine)
            .render(into: &buffer, area: chartArea, theme: theme)
        let column = point * spacing - max(0, spread.count - plotWidth)
        guard column >= 0, column < plotWidth else { return }
        let x = chartArea.x + gutter + column
        buffer.restyle(Rect(x: x, y: chartArea.y, width: 1, height: chartArea.height)) {
            $0 = $0.merged(with: theme.inactiveSelection)
        }
        if let value = values[point] {
            let row = Self.row(of: value, range: history.range, height: chartArea.height)
            buffer.restyle(Rect(x: x, y: chartArea.y + row, width: 1, height: 1)) { $0 = $0.merged(with: theme.selection) }
        }
    }

    /// The chart row of a value (0 = top), as LineChart places its points.
    static func row(of value: Double, range: ClosedRange<Double>, height: Int) -> Int {
        let span = range.upperBound - range.lowerBound
        guard span > 0, height > 1 else { return max(0, height - 1) }
        let t = (range.upperBound - min(max(value, range.lowerBound), range.upperBound)) / span
        return Int((t * Double(height - 1)).rounded())
    }
}
