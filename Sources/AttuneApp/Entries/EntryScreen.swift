import AttuneDomain
import AttuneTUI
import Foundation

/// One entry as a readable page. Scrolls; `e` edits, `s` toggles sharing, `d` moves it to the trash (after a y/n).
public struct EntryScreen: ScreenModel {
    let id: EntryID
    var entry: Entry?
    var loadError: String?
    var scroll = 0
    var confirmingDelete = false

    public init(id: EntryID, ctx: AppContext) {
        self.id = id
        load(ctx)
    }

    private mutating func load(_ ctx: AppContext) {
        do { entry = try ctx.workbook.entry(id); loadError = nil } catch {
            entry = nil
            loadError = "This entry could not be read: \(error.localizedDescription)"
        }
    }

    public var title: String { entry.map { $0.kind.title } ?? "Entry" }
    public var hints: [KeyHint] {
        confirmingDelete ? [KeyHint("y", "move to trash"), KeyHint("n", "keep")]
            : [KeyHint("e", "edit"), KeyHint("s", "share/unshare"), KeyHint("d", "delete"), KeyHint("Esc", "back")]
    }
    public var help: [HelpRow] {
        [HelpRow("↑↓ PgUp PgDn", "scroll"), HelpRow("e", "edit this entry"),
         HelpRow("s", "share with your supervisor, or make private again"),
         HelpRow("d", "move to the trash (restorable: u in the browser's trash view)"), HelpRow("Esc / q", "back")]
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        switch event {
        case .resumed:
            load(ctx)
            return .none
        case .key(let key):
            if confirmingDelete {
                confirmingDelete = false
                guard key == .char("y") || key == .char("Y") else { return .say("Kept.") }
                do {
                    try ctx.workbook.trash(id)
                    ctx.reload()
                    return .go(.pop, StatusMessage("Moved to the trash. Restore it from the browser (t, then u).", severity: .success))
                } catch {
                    return .say("Could not move it to the trash: \(error.localizedDescription)", .error)
                }
            }
            switch key {
            case .char("d"), .delete:
                guard entry != nil else { return .unhandled }
                confirmingDelete = true
                return .say("Move this entry to the trash? y / n", .warning)
            case .char("s"):
                guard var e = entry else { return .unhandled }
                e.shared.toggle()
                e.updated = ctx.now()
                do {
                    try ctx.workbook.save(e)
                    entry = e
                    ctx.reload()
                    return .say(e.shared ? "Shared with your supervisor." : "Now private: your supervisor will not see it.",
                                .success)
                } catch {
                    return .say("Not saved: \(error.localizedDescription)", .error)
                }
            case .char("e"), .ctrl("e"):
                guard let e = entry, let editor = ScreenFactory.editor(for: e, ctx: ctx) else {
                    return .say("This kind of entry is edited in its file: \(id.rawValue).md", .info)
                }
                return .go(.push(editor))
            default:
                break
            }
            switch KeyMap.intent(of: key, inField: false) {
            case .up: scroll = max(0, scroll - 1)
            case .down: scroll = min(scroll + 1, maxScroll(ctx))
            case .pageUp: scroll = max(0, scroll - max(1, ctx.size.height - 4))
            case .pageDown: scroll = min(scroll + max(1, ctx.size.height - 4), maxScroll(ctx))
            case .top: scroll = 0
            case .bottom: scroll = maxScroll(ctx)
            default: return .unhandled
            }
            return .none
        default:
            return .unhandled
        }
    }

    /// How far the page can scroll at the current terminal size (so ↑ after many ↓ moves at once).
    func maxScroll(_ ctx: AppContext) -> Int {
        guard let entry else { return 0 }
        let width = max(1, ctx.size.width - (ctx.size.width > 60 ? 4 : 2) - 2)
        let rows = EntryPage.lines(for: entry, checklist: ctx.checklist, entries: ctx.entries, width: width)
            .reduce(0) { $0 + ($1.role == .preformatted ? 1 : max(1, Wrap.lines($1.text, width: width).count)) }
        return max(0, rows - max(1, ctx.size.height - 3))
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        let theme = ctx.theme
        buffer.cursor = nil
        let page = area.inset(dx: area.width > 60 ? 2 : 1, dy: 0)
        guard let entry else {
            buffer.write(loadError ?? "", x: page.x, y: page.y + 1, style: theme.error, clip: page)
            return
        }
        let lines = EntryPage.lines(for: entry, checklist: ctx.checklist, entries: ctx.entries, width: page.width)
        let rendered = lines.flatMap { line -> [(PageLine.Role, String)] in
            if line.role == .preformatted { return [(line.role, line.text)] }
            let indent = line.role == .body || line.role == .dim ? 2 : 0
            // Bullets hang: continuation lines start under the text, not under the bullet.
            let hang = line.text.hasPrefix("• ") ? 2 : 0
            let rows = Wrap.lines(line.text, width: max(1, page.width - indent - hang))
            return rows.enumerated().map { i, row in
                (line.role, String(repeating: " ", count: indent + (i == 0 ? 0 : hang)) + row)
            }
        }
        let scrollable = rendered.count > page.height
        let visible = scrollable ? max(1, page.height - 1) : page.height
        let maxScroll = max(0, rendered.count - visible)
        let start = min(scroll, maxScroll)
        for (i, (role, text)) in rendered.dropFirst(start).prefix(visible).enumerated() {
            let style: Style
            switch role {
            case .title: style = theme.title
            case .heading: style = theme.accent
            case .meta, .dim: style = theme.dim
            default: style = theme.normal
            }
            buffer.write(text, x: page.x, y: page.y + i, style: style, clip: page)
        }
        if scrollable {
            let label = start >= maxScroll ? "— end —" : "— \(start * 100 / max(1, maxScroll))% · ↓ PgDn for more —"
            buffer.write(label, x: page.x, y: page.maxY - 1, style: theme.hint, clip: page)
        }
    }
}
