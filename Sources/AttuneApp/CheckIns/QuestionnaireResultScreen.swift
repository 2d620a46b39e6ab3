import AttuneDomain
import AttuneTUI
import Foundation

/// The result of a saved check-in or assessment: each dimension or scale with its score, the change since the
/// previous one, the trend, and how it was scored. Any key other than scrolling closes it.
public struct QuestionnaireResultScreen: ScreenModel {
    let entry: Entry
    let questionnaire: Questionnaire
    let history: ScoreHistory?
    var scroll = 0

    public init(entry: Entry, questionnaire: Questionnaire, ctx: AppContext) {
        self.init(entry: entry, questionnaire: questionnaire, entries: ctx.entries)
    }

    init(entry: Entry, questionnaire: Questionnaire, entries: [Entry]) {
        self.entry = entry
        self.questionnaire = questionnaire
        history = try? ScoreHistory.build(instrument: questionnaire.instrumentID, entries: entries)
    }

    /// The result page as plain text, for `attune assess --answers` (entries: the workbook's, for the change).
    public static func plainText(entry: Entry, questionnaire: Questionnaire, entries: [Entry], width: Int = 80) -> String {
        let canvas = QuestionnaireResultScreen(entry: entry, questionnaire: questionnaire, entries: entries)
            .page(width: width, theme: .mono)
        return (0..<canvas.height).map(canvas.buffer.line).joined(separator: "\n") + "\n"
    }

    public var title: String { questionnaire.kind == .checkin ? "Check-in result" : "Assessment result" }
    public var hints: [KeyHint] { [KeyHint("↑↓", "scroll"), KeyHint("h", "history"), KeyHint("any key", "close")] }
    public var help: [HelpRow] {
        [HelpRow("↑↓ j k PgUp PgDn", "scroll"), HelpRow("h", "score history with charts"),
         HelpRow("any other key", "close")]
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        guard case .key(let key) = event else { return .unhandled }
        if key == .function(1) || key == .char("?") { return .unhandled }
        if key == .char("h") { return .go(.push(ScoresHistoryScreen(ctx: ctx, instrument: questionnaire.instrumentID))) }
        let rows = max(1, ctx.size.height - 2)
        let last = page(width: Self.pageWidth(ctx.size.width), theme: ctx.theme).maxScroll(rows: rows)
        switch key {
        case .up, .char("k"): scroll = max(0, scroll - 1)
        case .down, .char("j"): scroll = min(last, scroll + 1)
        case .pageUp: scroll = max(0, scroll - rows + 1)
        case .pageDown, .char(" "): scroll = min(last, scroll + rows - 1)
        default: return .go(.pop)
        }
        return .none
    }

    static func pageWidth(_ width: Int) -> Int { width - (width >= 60 ? 4 : 2) }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        buffer.cursor = nil
        let inner = area.inset(dx: area.width >= 60 ? 2 : 1, dy: 0)
        guard inner.width > 4, inner.height > 0 else { return }
        page(width: inner.width, theme: ctx.theme).show(into: &buffer, area: inner, scroll: scroll)
    }

    func page(width: Int, theme: Theme) -> PageCanvas {
        var canvas = PageCanvas(width: width, theme: theme)
        canvas.row(questionnaire.title, right: Timestamp.formatShort(entry.created), style: theme.title)
        canvas.text(questionnaire.notice, style: theme.dim)
        canvas.blank()
        switch questionnaire.source {
        case .pulse(let pulse): pulseResult(pulse, into: &canvas, theme: theme)
        case .instrument(let key): instrumentResult(key, into: &canvas, theme: theme)
        }
        return canvas
    }

    private var scores: Fields { entry.fields["scores"]?.map ?? Fields() }
    private var previous: ScoreHistory.Point? { history?.previous(before: entry.id) }

    private func changeColumn(_ id: String) -> String {
        let text = ScoreHistory.changeText(scores[id]?.double, previous?.score(id)) ?? ""
        return String(repeating: " ", count: max(0, 4 - text.count)) + text
    }

    private func scoreColumn(_ value: Double?) -> String {
        let text = ScoreHistory.scoreText(value)
        return String(repeating: " ", count: max(0, 3 - text.count)) + text
    }

    private func pulseResult(_ pulse: PulseCheckIn, into canvas: inout PageCanvas, theme: Theme) {
        let answered = QuestionnaireRecord.answers(in: entry, for: questionnaire).compactMap { $0 }.count
        canvas.row("0–100 per dimension · higher means more strain", right: previous == nil ? "" : "change",
                   style: theme.dim)
        let bars = pulse.dimensions.map { d in
            BarChart.Bar(d.title, scores[d.id]?.double, valueText: scoreColumn(scores[d.id]?.double) + " " + changeColumn(d.id))
        }
        let chart = BarChart(bars: bars, maximum: 100)
        canvas.block(height: chart.height) { buffer, rect in chart.render(into: &buffer, area: rect, theme: theme) }
        let overall = PulseCheckIn.overall(scores: Dictionary(uniqueKeysWithValues: scores.compactMap { p in
            p.value.double.map { (p.key, $0) } }))
        let before = previous.flatMap { p in PulseCheckIn.overall(scores: p.scores.compactMapValues { $0 }) }
        let change = ScoreHistory.changeText(overall, before).map { " (\($0))" } ?? ""
        canvas.text("Overall \(ScoreHistory.scoreText(overall))\(change) · \(answered) of \(pulse.items.count) items answered",
                    style: theme.accent)
        sinceLine(noun: "check-in", into: &canvas, theme: theme)
        trend(into: &canvas, theme: theme)
        canvas.blank()
        canvas.text("How it is scored", style: theme.title)
        canvas.text(pulse.scoringMethod)
        canvas.blank()
        canvas.text(pulse.statement, style: theme.dim)
    }

    private func instrumentResult(_ key: InstrumentKey, into canvas: inout PageCanvas, theme: Theme) {
        let answers = QuestionnaireRecord.answers(in: entry, for: questionnaire)
        let result = key.score(answers: answers)
        let maximum = Double(key.scales.first.map { key.aggregate == .sum ? $0.items.count * key.highestValue : key.highestValue } ?? 100)
        let bandWidth = key.bands.map { DisplayWidth.of($0.title) }.max() ?? 0
        canvas.row(key.aggregate == .mean ? "0–100 per scale · higher means more burnout" : "10–50 per subscale",
                   right: previous == nil ? "" : "change", style: theme.dim)
        let bars = result.scales.map { scale -> BarChart.Bar in
            var text = scoreColumn(scale.score)
            if !key.bands.isEmpty { text += " " + DisplayWidth.pad(scale.band?.title.lowercased() ?? "", to: bandWidth) }
            return BarChart.Bar(scale.title, scale.score, valueText: text + " " + changeColumn(scale.id))
        }
        let chart = BarChart(bars: bars, maximum: maximum, reference: key.referenceLine)
        canvas.block(height: chart.height) { buffer, rect in chart.render(into: &buffer, area: rect, theme: theme) }
        canvas.text("\(result.answeredCount) of \(result.itemCount) items answered", style: theme.accent)
        for scale in result.scales {
            if let reason = scale.notScoredReason { canvas.text(scale.title + ": " + reason, style: theme.warning) }
        }
        if let line = key.referenceLine {
            canvas.text("The line at \(Int(line)) is a reference for reading the chart, not a cut-off or a diagnosis.",
                        style: theme.dim)
        }
        sinceLine(noun: key.shortName, into: &canvas, theme: theme)
        // The credit comes right after the scores: ProQOL's terms ask for it wherever results appear.
        canvas.text(key.attribution, style: theme.dim)
        trend(into: &canvas, theme: theme)
        canvas.blank()
        canvas.text("How it is scored", style: theme.title)
        canvas.text(key.scoringNote)
        canvas.text(key.missingNote)
        canvas.blank()
        canvas.text(key.terms, style: theme.dim)
    }

    private func sinceLine(noun: String, into canvas: inout PageCanvas, theme: Theme) {
        if let previous {
            canvas.text("Change since the \(noun) of \(Timestamp.formatDay(previous.date)).", style: theme.dim)
        } else {
            canvas.text("Your first \(noun): the next one will show the change.", style: theme.dim)
        }
    }

    /// One sparkline per dimension over the saved history, when there are at least two points.
    private func trend(into canvas: inout PageCanvas, theme: Theme) {
        guard let history, history.points.count >= 2 else { return }
        canvas.blank()
        canvas.row("Trend", right: "\(history.points.count) so far", style: theme.title)
        let labelWidth = min(history.dimensions.map { DisplayWidth.of($0.title) }.max() ?? 0, canvas.width / 2)
        let sparkWidth = max(1, min(history.points.count, canvas.width - labelWidth - 2))
        for d in history.dimensions {
            let spark = Sparkline(values: history.values(d.id), range: history.range).text(width: sparkWidth)
            canvas.row(DisplayWidth.pad(DisplayWidth.truncate(d.title, to: labelWidth), to: labelWidth) + "  " + spark,
                       right: "")
        }
    }
}
