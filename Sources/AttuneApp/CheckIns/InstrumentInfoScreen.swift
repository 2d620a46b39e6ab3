import AttuneDomain
import AttuneTUI

/// Shown instead of an instrument's questions when its wording has not been imported (or cannot be used):
/// where the instrument is published, how to import it, its key, attribution and terms.
public struct InstrumentInfoScreen: ScreenModel {
    let key: InstrumentKey?
    let problem: String?
    var scroll = 0

    public init(key: InstrumentKey? = nil, problem: String? = nil) {
        self.key = key
        self.problem = problem
    }

    public var title: String { key.map { $0.shortName + " · not imported" } ?? "Instrument" }
    public var hints: [KeyHint] { [KeyHint("↑↓", "scroll"), KeyHint("Esc", "back")] }
    public var help: [HelpRow] { [HelpRow("↑↓ PgUp PgDn", "scroll"), HelpRow("Esc / q", "back")] }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        guard case .key(let key) = event else { return .unhandled }
        let rows = max(1, ctx.size.height - 2)
        let last = page(width: QuestionnaireResultScreen.pageWidth(ctx.size.width), theme: ctx.theme).maxScroll(rows: rows)
        switch KeyMap.intent(of: key, inField: false) {
        case .up: scroll = max(0, min(scroll, last) - 1)
        case .down: scroll = min(last, scroll + 1)
        case .pageUp: scroll = max(0, min(scroll, last) - rows + 1)
        case .pageDown: scroll = min(last, scroll + rows - 1)
        case .top: scroll = 0
        case .bottom: scroll = last
        default: return .unhandled
        }
        return .none
    }

    func page(width: Int, theme: Theme) -> PageCanvas {
        var canvas = PageCanvas(width: width, theme: theme)
        if let key {
            canvas.text(key.name, style: theme.title)
            canvas.blank()
        }
        if let problem {
            canvas.text(problem, style: theme.error)
            canvas.blank()
        }
        guard let key else { return canvas }
        for (i, line) in InstrumentKeySummary.importAdvice(key).enumerated() {
            // The second line is the command to type: indented, and wrapped under itself when narrow.
            canvas.text(i == 1 ? line.trimmingCharacters(in: .whitespaces) : line,
                        style: i == 1 ? theme.accent : theme.normal, indent: i == 1 ? 2 : 0)
            canvas.blank()
        }
        canvas.text("The scoring key Attune will apply", style: theme.title)
        for line in InstrumentKeySummary.lines(key) { canvas.text(line.trimmingCharacters(in: .whitespaces), indent: line.hasPrefix(" ") ? 2 : 0) }
        canvas.blank()
        canvas.text("Attribution: " + key.attribution, style: theme.dim)
        canvas.text("Terms: " + key.terms, style: theme.dim)
        return canvas
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        buffer.cursor = nil
        let inner = area.inset(dx: area.width >= 60 ? 2 : 1, dy: 0)
        guard inner.width > 4, inner.height > 0 else { return }
        let canvas = page(width: inner.width, theme: ctx.theme)
        canvas.show(into: &buffer, area: inner, scroll: min(scroll, canvas.maxScroll(rows: inner.height)))
    }
}
