import AttuneDomain
import AttuneTUI
import Foundation

/// Every entry in a filterable list: `/` searches, `f` cycles the kind, `d` the date range, `t` shows the trash.
public struct BrowserScreen: ScreenModel {
    var list: ScrollList
    var entries: [Entry] = []
    var filter = EntryFilter()
    var search: TextField?
    var showingTrash = false
    /// After Enter in a search: the words and the entries whose whole file contains them (bodies included,
    /// which the live filter over summaries does not see).
    var fullText: (query: String, ids: Set<EntryID>)?

    public init(ctx: AppContext, filter: EntryFilter = EntryFilter()) {
        list = ScrollList(columns: [
            // Narrow windows hide Tags first, then the sharing column; the last, empty-titled column holds the
            // words a search matches (client codes, barriers, reactions) and takes no room.
            .init("Date", width: .fixed(10), priority: 3), .init("Kind", width: .fixed(10), priority: 2),
            .init("Entry", width: .flexible(1), priority: 5, minimumWidth: 16), .init("Tags", width: .fixed(14), priority: 0),
            .init("", width: .fixed(7), priority: 1), .init("", width: .fixed(0), priority: 4),
        ], emptyText: "No entries match. Esc clears the search; f and d change the filters.")
        self.filter = filter
        reload(ctx)
    }

    mutating func reload(_ ctx: AppContext) {
        let source = showingTrash ? ctx.workbook.trashedEntries() : ctx.entries
        let now = ctx.now()
        entries = source.filter { filter.matches($0, now: now) && (fullText?.ids.contains($0.id) ?? true) }
        list.rows = entries.map { e in
            [Timestamp.formatDay(e.created), e.kind.shortTitle, e.summary, e.tags.joined(separator: ", "),
             e.shared ? "shared" : "private", EntryFilter.searchWords(e)]
        }
        list.emptyText = showingTrash ? "The trash is empty." : list.emptyText
    }

    public mutating func startSearch() {
        search = TextField(text: fullText?.query ?? list.filter, placeholder: "search: client code, tag, barrier, words")
        if let query = fullText?.query { fullText = nil; list.filter = query }
    }

    public var title: String { showingTrash ? "Trash" : "Entries" }
    public var capturesText: Bool { search != nil }
    public var hints: [KeyHint] {
        if search != nil { return [KeyHint("Enter", "search full text"), KeyHint("Esc", "clear")] }
        if showingTrash { return [KeyHint("u", "restore"), KeyHint("t", "back to entries"), KeyHint("Esc", "back")] }
        return [KeyHint("Enter", "open"), KeyHint("/", "search"), KeyHint("f", "kind"), KeyHint("d", "dates"),
                KeyHint("t", "trash"), KeyHint("Esc", "back")]
    }
    public var help: [HelpRow] {
        [HelpRow("Enter", "open the selected entry"),
         HelpRow("/", "search: the list narrows as you type (client codes, tags, barriers, reactions, short text); Enter then searches the full text of every entry"),
         HelpRow("Esc", "after a full-text search: show all entries again"),
         HelpRow("f", "cycle the kind shown: all, notes, checklists, check-ins, …"),
         HelpRow("d", "cycle the date range: any, last 7, 30, 90, 365 days"),
         HelpRow("t", "show the trash; u restores the selected entry"), HelpRow("Esc / q", "back")]
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        list.pageSize = max(1, ctx.size.height - 6)
        if case .resumed = event { reload(ctx); return .none }
        if var field = search {
            switch event {
            case .key(.escape):
                search = nil
                list.filter = ""
                return .none
            case .key(.enter):
                search = nil
                let words = field.text.split(separator: " ").map(String.init)
                guard !words.isEmpty, !showingTrash else { return .none }
                // Enter searches every file in full; typing only filtered what the summaries hold.
                fullText = (field.text, ctx.workbook.fullTextMatches(words))
                list.filter = ""
                reload(ctx)
                return .say("\(entries.count) entr\(entries.count == 1 ? "y contains" : "ies contain") “\(field.text)” (full text). Esc shows all again.")
            case .key(.down), .key(.up):
                search = nil
                if case .key(let k) = event { _ = list.handle(k) }
                return .none
            case .key, .paste:
                _ = field.handle(event)
                search = field
                list.filter = field.text
                return .none
            default:
                return .unhandled
            }
        }
        guard case .key(let key) = event else { return .unhandled }
        switch key {
        case .char("/"):
            startSearch()
            reload(ctx)
            return .none
        case .escape where fullText != nil:
            fullText = nil
            reload(ctx)
            return .none
        case .char("f"):
            filter.cycleKind()
            reload(ctx)
            return .say("Showing " + filter.description)
        case .char("d"):
            filter.cycleDays()
            reload(ctx)
            return .say("Showing " + filter.description)
        case .char("t"):
            showingTrash.toggle()
            reload(ctx)
            return .none
        case .char("u") where showingTrash:
            guard let row = list.selectedRow else { return .none }
            do {
                try ctx.workbook.restore(entries[row].id)
                ctx.reload()
                reload(ctx)
                return .say("Restored.", .success)
            } catch {
                return .say("Could not restore: \(error.localizedDescription)", .error)
            }
        default:
            break
        }
        switch list.handle(key) {
        case .chosen(let row):
            if showingTrash { return .say("Entries in the trash open after restoring them (u).") }
            return .go(.push(EntryScreen(id: entries[row].id, ctx: ctx)))
        case .moved, .changed: return .none
        case .ignored: return .unhandled
        }
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        let theme = ctx.theme
        let (bar, rest) = area.splitTop(1)
        var x = bar.x + 1
        var leftEnd: Int
        if let search {
            x = buffer.write("/", x: x, y: bar.y, style: theme.accent)
            let field = Rect(x: x, y: bar.y, width: min(40, bar.maxX - x), height: 1)
            search.render(into: &buffer, area: field, focused: true, theme: theme)
            leftEnd = field.maxX
        } else if let fullText {
            leftEnd = buffer.write("/" + fullText.query + " · full text", x: x, y: bar.y, style: theme.accent, clip: bar)
        } else if !list.filter.isEmpty {
            leftEnd = buffer.write("/" + list.filter, x: x, y: bar.y, style: theme.accent, clip: bar)
        } else {
            leftEnd = buffer.write(showingTrash ? "Trash — deleted entries, restorable" : "All entries", x: x, y: bar.y,
                                   style: theme.dim, clip: bar)
        }
        // The counts go on the right when they fit beside the left text; otherwise they give way to it.
        let right = "\(list.visibleRows.count) of \(entries.count) · " + filter.description
        if leftEnd + DisplayWidth.of(right) + 2 <= bar.maxX {
            buffer.write(right, x: bar.maxX - DisplayWidth.of(right) - 1, y: bar.y, style: theme.dim, clip: bar)
        }
        var l = list
        l.pageSize = max(1, rest.height - 1)
        l.render(into: &buffer, area: rest, focused: search == nil, theme: theme)
        if search == nil { buffer.cursor = nil }
    }
}
