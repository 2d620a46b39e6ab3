import AttuneDomain
import AttuneRules
import AttuneTUI
import Foundation

/// The home screen: recent entries, what is due, the latest pulse, and suggested reflections.
public struct DashboardScreen: ScreenModel {
    enum Focus { case recent, suggestions }
    var selected = 0
    var suggestionIndex = 0
    var focus = Focus.recent
    var suggestions: [Suggestion] = []
    /// Rows visible in the recent list last time it was drawn, so PgDn moves a page.
    var pageSize = 8

    public init(ctx: AppContext) {
        // On a large workbook the first frame shows the recent entries only; the rest follows a moment later.
        if ctx.isFullyLoaded { suggestions = ctx.currentSuggestions() }
    }

    public var title: String { "Dashboard" }
    public var hints: [KeyHint] {
        if focus == .suggestions {
            return [KeyHint("Enter", "answer"), KeyHint("s", "snooze 7 days"), KeyHint("x", "dismiss"),
                    KeyHint("Tab", "entries")]
        }
        return [KeyHint("n", "note"), KeyHint("c", "checklist"), KeyHint("i", "check-in"), KeyHint("r", "reflect"),
                KeyHint("b", "browse"), KeyHint("H", "scores"), KeyHint("q", "quit")]
    }
    public var help: [HelpRow] {
        [HelpRow("n", "new countertransference note"), HelpRow("c", "new empathy-barrier checklist"),
         HelpRow("i", "burnout pulse check-in"), HelpRow("b", "browse all entries"),
         HelpRow("r", "write a free reflection"), HelpRow("D", "unfinished drafts"),
         HelpRow("H", "score history: check-ins and assessments over time"),
         HelpRow("B", "barrier history: how often each barrier was present in 4, 12 and 52 weeks"),
         HelpRow("/", "search entries"), HelpRow("Enter", "open the selected entry or answer the suggestion"),
         HelpRow("Tab", "switch between recent entries and suggested reflections"),
         HelpRow("s", "snooze the selected suggestion for a week"),
         HelpRow("x", "dismiss it; it returns only when the data behind it changes"), HelpRow("q", "quit")]
    }

    static let recentLimit = 50

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        switch event {
        case .resumed:
            suggestions = ctx.currentSuggestions()
            clamp(ctx)
            return .none
        case .key(let key):
            return handle(key, ctx: ctx)
        default:
            return .unhandled
        }
    }

    private mutating func handle(_ key: Key, ctx: AppContext) -> Outcome {
        let recentCount = min(ctx.recent.count, Self.recentLimit)
        if focus == .suggestions, suggestions.indices.contains(suggestionIndex) {
            let s = suggestions[suggestionIndex]
            switch key {
            case .enter, .char("a"):
                return .go(.push(ReflectionScreen(ctx: ctx, suggestion: s)))
            case .char("s"):
                ctx.suggestions?.snooze(s, days: 7, now: ctx.now())
                suggestions = ctx.currentSuggestions()
                clamp(ctx)
                return .say("Snoozed for a week.")
            case .char("x"):
                ctx.suggestions?.dismiss(s, now: ctx.now())
                suggestions = ctx.currentSuggestions()
                clamp(ctx)
                return .say("Dismissed. It comes back only if the entries behind it change.")
            default:
                break
            }
        }
        switch key {
        case .char("r"): return .go(.push(ReflectionScreen(ctx: ctx, suggestion: nil)))
        case .char("D"): return .go(.push(DraftsScreen(ctx: ctx)))
        case .char("B"): return .go(.push(BarrierHistoryScreen(ctx: ctx)))
        case .tab, .backTab:
            if !suggestions.isEmpty { focus = focus == .recent ? .suggestions : .recent }
            return .none
        case .char("b"): return .go(.push(BrowserScreen(ctx: ctx)))
        case .char("/"):
            var browser = BrowserScreen(ctx: ctx)
            browser.startSearch()
            return .go(.push(browser))
        case .enter:
            if focus == .recent, selected < recentCount {
                return .go(.push(EntryScreen(id: ctx.recent[selected].id, ctx: ctx)))
            }
            return .unhandled
        default:
            break
        }
        if case .char(let c) = key, let screen = ScreenFactory.screen(forKey: c, ctx: ctx) { return .go(.push(screen)) }
        switch KeyMap.intent(of: key, inField: false) {
        case .up: move(-1, ctx)
        case .down: move(1, ctx)
        case .pageUp: move(-pageSize, ctx)
        case .pageDown: move(pageSize, ctx)
        case .top: move(-Int.max / 2, ctx)
        case .bottom: move(Int.max / 2, ctx)
        default: return .unhandled
        }
        return .none
    }

    private mutating func move(_ delta: Int, _ ctx: AppContext) {
        if focus == .suggestions {
            suggestionIndex = max(0, min(suggestions.count - 1, suggestionIndex + delta))
        } else {
            selected = max(0, min(min(ctx.recent.count, Self.recentLimit) - 1, selected &+ delta))
        }
    }

    private mutating func clamp(_ ctx: AppContext) {
        selected = max(0, min(selected, min(ctx.recent.count, Self.recentLimit) - 1))
        suggestionIndex = max(0, min(suggestionIndex, suggestions.count - 1))
        if suggestions.isEmpty { focus = .recent }
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        let theme = ctx.theme
        let wide = area.width >= 70
        let suggestionRows = min(max(3, area.height * 2 / 5), 1 + max(1, suggestions.count) * 2)
        let (upper, lower) = area.splitBottom(suggestionRows)
        var recentArea = upper
        if wide {
            let (left, right) = upper.splitLeft(upper.width - 27)
            recentArea = left
            drawSide(into: &buffer, right.inset(dx: 1, dy: 0), ctx: ctx)
        } else {
            let (side, rest) = upper.splitTop(min(4, upper.height / 2))
            drawDueCompact(into: &buffer, side, ctx: ctx)
            recentArea = rest
        }
        drawRecent(into: &buffer, recentArea, ctx: ctx)
        drawSuggestions(into: &buffer, lower, ctx: ctx)
        buffer.cursor = nil
        _ = theme
    }

    private func drawRecent(into buffer: inout Buffer, _ r: Rect, ctx: AppContext) {
        let theme = ctx.theme
        guard r.height > 1 else { return }
        buffer.write(" Recent entries", x: r.x, y: r.y, style: theme.title)
        let list = Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1)
        let entries = ctx.recent.prefix(Self.recentLimit)
        if entries.isEmpty {
            let text = "Nothing written yet. Press n for a note, c for a checklist, i for a check-in."
            for (i, line) in Wrap.lines(text, width: max(1, list.width - 2)).prefix(list.height).enumerated() {
                buffer.write(" " + line, x: list.x, y: list.y + i, style: theme.dim, clip: list)
            }
            return
        }
        let first = max(0, selected - list.height + 1)
        for (row, i) in (first..<min(entries.count, first + list.height)).enumerated() {
            let e = entries[i]
            let y = list.y + row
            // Private entries are marked so the supervisee sees at a glance what the supervisor will not see.
            // Narrow windows drop the year and shorten the kind so the entry's own title keeps some room.
            let day = Timestamp.formatDay(e.created)
            let line = list.width < 45
                ? " " + day.dropFirst(5) + " " + DisplayWidth.pad(e.kind.shortTitle, to: 8) + " "
                : " " + day + "  " + DisplayWidth.pad(e.kind.shortTitle, to: 11)
            let text = line + (e.shared ? "" : "(private) ") + e.summary
            let isSel = i == selected && focus == .recent
            buffer.write(DisplayWidth.pad(text, to: list.width), x: list.x, y: y,
                         style: isSel ? theme.selection : theme.normal, clip: list)
        }
    }

    private func drawSide(into buffer: inout Buffer, _ r: Rect, ctx: AppContext) {
        let theme = ctx.theme
        var y = r.y
        buffer.write("Due", x: r.x, y: y, style: theme.title)
        y += 1
        guard ctx.isFullyLoaded else {
            buffer.write("  …", x: r.x, y: y, style: theme.dim)
            return
        }
        for item in DueItems.compute(entries: ctx.entries, now: ctx.now(), settings: ctx.settings) where y < r.maxY {
            let style = item.urgency == .due ? theme.warning : item.urgency == .soon ? theme.accent : theme.dim
            buffer.write(DisplayWidth.truncate(item.title, to: r.width), x: r.x, y: y, style: theme.normal)
            y += 1
            if y < r.maxY { buffer.write(DisplayWidth.truncate("  " + item.detail, to: r.width), x: r.x, y: y, style: style) }
            y += 1
        }
        y += 1
        guard y < r.maxY else { return }
        buffer.write("Latest pulse", x: r.x, y: y, style: theme.title)
        y += 1
        let checkins = ctx.entries.lazy.filter { $0.kind == .checkin }
        guard let latest = checkins.first, let scores = latest.fields["scores"]?.map, !scores.isEmpty else {
            if y < r.maxY { buffer.write("  no check-in yet (i)", x: r.x, y: y, style: theme.dim) }
            return
        }
        let previous = checkins.dropFirst().first?.fields["scores"]?.map
        // Dimensions in the pulse's own order; the panel is narrow, so each is named by its short id
        // ("client strain"), the full titles being on the result page.
        let ids = ctx.pulse?.dimensions.map(\.id) ?? scores.keys
        let order = ids.map { id in (id, id.prefix(1).uppercased() + id.dropFirst().replacingOccurrences(of: "_", with: " ")) }
        for (id, title) in order where y < r.maxY {
            guard let value = scores[id]?.double else { continue }
            let v = String(Int(value.rounded()))
            var change = ""
            if let before = previous?[id]?.double {
                let d = Int((value - before).rounded())
                change = d == 0 ? " ·" : d > 0 ? " ▲" : " ▼"
            }
            let label = DisplayWidth.pad("  " + title, to: r.width - 6)
            buffer.write(label, x: r.x, y: y, style: theme.normal)
            buffer.write(String(repeating: " ", count: max(0, 3 - v.count)) + v, x: r.maxX - 6, y: y, style: theme.accent)
            buffer.write(change, x: r.maxX - 3, y: y, style: theme.dim)
            y += 1
        }
    }

    private func drawDueCompact(into buffer: inout Buffer, _ r: Rect, ctx: AppContext) {
        let theme = ctx.theme
        guard ctx.isFullyLoaded else { return }
        for (i, item) in DueItems.compute(entries: ctx.entries, now: ctx.now(), settings: ctx.settings).enumerated()
        where i < r.height {
            let style = item.urgency == .due ? theme.warning : theme.dim
            buffer.write(DisplayWidth.truncate(" \(item.title): \(item.detail)", to: r.width), x: r.x, y: r.y + i, style: style)
        }
    }

    private func drawSuggestions(into buffer: inout Buffer, _ r: Rect, ctx: AppContext) {
        let theme = ctx.theme
        guard r.height > 0 else { return }
        buffer.write(" Suggested reflections", x: r.x, y: r.y, style: theme.title)
        var y = r.y + 1
        if suggestions.isEmpty {
            if y < r.maxY, !ctx.isFullyLoaded {
                buffer.write(" …", x: r.x, y: y, style: theme.dim, clip: r)
            } else if y < r.maxY {
                let text = ctx.suggestions == nil ? " The rule files were not found, so nothing can be suggested."
                    : " Nothing to suggest right now."
                buffer.write(text, x: r.x, y: y, style: theme.dim, clip: r)
            }
            return
        }
        for (i, s) in suggestions.enumerated() where y < r.maxY {
            let sel = focus == .suggestions && i == suggestionIndex
            buffer.write(DisplayWidth.pad(" • " + s.prompt.text, to: r.width), x: r.x, y: y,
                         style: sel ? theme.selection : theme.normal, clip: r)
            y += 1
            if y < r.maxY {
                buffer.write(DisplayWidth.truncate("   why: " + s.why, to: r.width), x: r.x, y: y, style: theme.dim, clip: r)
                y += 1
            }
        }
    }
}
