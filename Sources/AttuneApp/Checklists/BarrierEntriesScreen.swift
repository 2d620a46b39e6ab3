import AttuneDomain
import AttuneTUI
import Foundation

/// The checklists behind one count of the barrier history, newest first, with the items of that barrier that
/// were present. Enter opens the checklist as a page.
public struct BarrierEntriesScreen: ScreenModel {
    let heading: String
    let entries: [Entry]
    var list: ScrollList

    init(title: String, entries: [Entry], group: String, ctx: AppContext) {
        heading = title
        self.entries = entries
        list = ScrollList(columns: [.init("Date", width: .fixed(10)), .init("Covers", width: .fixed(12)),
                                    .init("Present", width: .flexible(1))])
        let def = ctx.checklist
        list.rows = entries.map { e in
            let c = BarrierChecklist(fields: e.fields)
            let covers = c.period == "week" ? "week" : (c.client.isEmpty ? "session" : c.client)
            let items = c.answers.filter { $0.present && def.item($0.id)?.group == group }
                .map { a in (def.item(a.id)?.text ?? a.id) + (a.severity.map { " (\($0))" } ?? "") }
            return [Timestamp.formatDay(e.created), covers, items.isEmpty ? "(items not in this summary)" : items.joined(separator: "; ")]
        }
    }

    public var title: String { heading }
    public var hints: [KeyHint] { [KeyHint("Enter", "open"), KeyHint("Esc", "back")] }
    public var help: [HelpRow] { [HelpRow("Enter", "open the checklist"), HelpRow("↑↓ PgUp PgDn", "move"), HelpRow("Esc / q", "back")] }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        guard case .key(let key) = event else { return .unhandled }
        list.pageSize = max(1, ctx.size.height - 4)
        switch list.handle(key) {
        case .chosen(let i): return .go(.push(EntryScreen(id: entries[i].id, ctx: ctx)))
        case .ignored: return .unhandled
        default: return .none
        }
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        buffer.cursor = nil
        list.render(into: &buffer, area: area.inset(dx: 1, dy: 0), focused: true, theme: ctx.theme)
    }
}
