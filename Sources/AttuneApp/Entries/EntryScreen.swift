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
    var pageHeight = 10

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
            case .down: scroll += 1
            case .pageUp: scroll = max(0, scroll - pageHeight)
            case .pageDown: scroll += pageHeight
            case .top: scroll = 0
            case .bottom: scroll = Int.max / 2
            default: return .unhandled
            }
            return .none
        default:
            return .unhandled
        }
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        let theme = ctx.theme
        buffer.cursor = nil
        let page = area.inset(dx: area.width > 60 ? 2 : 1, dy: 0)
        guard let entry else {
            buffer.write(loadError ?? "", x: page.x, y: page.y + 1, style: theme.error, clip: page)
            return
        }
        let rendered = EntryPage.lines(for: entry, checklist: ctx.checklist).flatMap { line -> [(PageLine.Role, String)] in
            let indent = line.role == .body || line.role == .dim ? 2 : 0
            return Wrap.lines(line.text, width: max(1, page.width - indent)).map { (line.role, String(repeating: " ", count: indent) + $0) }
        }
        let maxScroll = max(0, rendered.count - page.height)
        let start = min(scroll, maxScroll)
        for (i, (role, text)) in rendered.dropFirst(start).prefix(page.height).enumerated() {
            let style: Style
            switch role {
            case .title: style = theme.title
            case .heading: style = theme.accent
            case .meta, .dim: style = theme.dim
            default: style = theme.normal
            }
            buffer.write(text, x: page.x, y: page.y + i, style: style, clip: page)
        }
        if maxScroll > 0 {
            let pct = maxScroll == 0 ? 100 : start * 100 / maxScroll
            let label = " \(pct)% "
            buffer.write(label, x: area.maxX - DisplayWidth.of(label), y: area.maxY - 1, style: theme.dim)
        }
    }
}
