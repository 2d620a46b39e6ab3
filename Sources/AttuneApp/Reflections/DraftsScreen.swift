import AttuneDomain
import AttuneTUI

/// Unfinished forms kept as drafts: Enter resumes one in its form, x discards it (after a y/n).
public struct DraftsScreen: ScreenModel {
    var drafts: [Entry]
    var list: ScrollList
    var confirmingDiscard = false

    public init(ctx: AppContext) {
        drafts = ctx.workbook.drafts()
        list = ScrollList(columns: [.init("Last edit", width: .fixed(16)), .init("Kind", width: .fixed(10)),
                                    .init("Draft", width: .flexible(1))],
                          emptyText: "No drafts. Forms you leave unfinished are kept here.")
        refreshRows()
    }

    mutating func refreshRows() {
        list.rows = drafts.map { [Timestamp.formatShort($0.updated), $0.kind.shortTitle, $0.summary] }
    }

    public var title: String { "Drafts" }
    public var hints: [KeyHint] {
        confirmingDiscard ? [KeyHint("y", "discard"), KeyHint("n", "keep")]
            : [KeyHint("Enter", "resume"), KeyHint("x", "discard"), KeyHint("Esc", "back")]
    }
    public var help: [HelpRow] {
        [HelpRow("Enter", "resume the draft in its form"), HelpRow("x", "discard the draft (asks first)"),
         HelpRow("Esc / q", "back")]
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        if case .resumed = event {
            drafts = ctx.workbook.drafts()
            refreshRows()
            return .none
        }
        guard case .key(let key) = event else { return .unhandled }
        if confirmingDiscard {
            confirmingDiscard = false
            guard key == .char("y"), let row = list.selectedRow else { return .say("Kept.") }
            do {
                try ctx.workbook.discardDraft(drafts[row].id)
                drafts.remove(at: row)
                refreshRows()
                return .say("Draft discarded.", .success)
            } catch {
                return .say("Could not discard it: \(error)", .error)
            }
        }
        if key == .char("x"), list.selectedRow != nil {
            confirmingDiscard = true
            return .say("Discard this draft for good? y / n", .warning)
        }
        switch list.handle(key) {
        case .chosen(let row):
            guard let form = ScreenFactory.editor(for: drafts[row], ctx: ctx) else {
                return .say("This draft has no form; it is a file in drafts/ you can open in an editor.")
            }
            return .go(.replace(form))
        case .moved, .changed: return .none
        case .ignored: return .unhandled
        }
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        var l = list
        l.pageSize = max(1, area.height - 1)
        l.render(into: &buffer, area: area, focused: true, theme: ctx.theme)
        buffer.cursor = nil
    }
}
