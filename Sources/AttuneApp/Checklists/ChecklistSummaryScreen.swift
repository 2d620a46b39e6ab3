import AttuneDomain
import AttuneTUI
import Foundation

/// Shown after a checklist is saved: which barriers were present, with severities and notes, and how often each
/// came up in the last four weeks. `h` opens the full history; Enter or Esc finishes.
public struct ChecklistSummaryScreen: ScreenModel {
    let entry: Entry
    var text: TextBlock

    public init(entry: Entry, ctx: AppContext) {
        self.entry = entry
        text = TextBlock(Self.paragraphs(entry, ctx: ctx), spacing: false, viewport: ctx.size)
    }

    static func paragraphs(_ entry: Entry, ctx: AppContext) -> [TextBlock.Paragraph] {
        let def = ctx.checklist
        let c = BarrierChecklist(fields: entry.fields)
        let present = c.answers.filter(\.present)
        let barriers = c.barriersPresent(definition: def)
        var covers = c.period == "week" ? "the week" : "one session"
        if !c.client.isEmpty { covers += " with \(c.client)" }
        var out: [TextBlock.Paragraph] = [
            .init("Covers \(covers) · \(Timestamp.formatDay(entry.created))", role: .dim),
            .init(present.isEmpty ? "No barrier marked present. Worth noting too."
                  : "\(present.count) item\(present.count == 1 ? "" : "s") present in \(barriers.count) "
                    + "barrier\(barriers.count == 1 ? "" : "s").", role: .title),
        ]
        let history = BarrierHistory(entries: ctx.entries, definition: def, now: ctx.now())
        for g in barriers {
            let title = def.group(g)?.title ?? g
            out.append(.init(""))
            out.append(.init(title, role: .accent))
            for a in present where (def.item(a.id)?.group ?? String(a.id.split(separator: ".").first ?? "")) == g {
                var line = "• " + (def.item(a.id)?.text ?? a.id)
                if let s = a.severity { line += "  (severity \(s)/3)" }
                out.append(.init(line, indent: 2))
                if !a.note.isEmpty { out.append(.init("✎ " + a.note, role: .dim, indent: 4)) }
            }
            if let row = history.rows.first(where: { $0.id == g }), let recent = row.counts.first, recent.total > 1 {
                out.append(.init("Present in \(recent.entries.count) of \(recent.total) checklists in the last 4 weeks.",
                                 role: .dim, indent: 2))
            }
        }
        let absent = def.groups.filter { !barriers.contains($0.id) }.map(\.title)
        if !absent.isEmpty, !barriers.isEmpty {
            out.append(.init(""))
            out.append(.init("Not present: " + absent.joined(separator: ", ") + ".", role: .dim))
        }
        return out
    }

    public var title: String { "Checklist saved" }
    public var hints: [KeyHint] { [KeyHint("Enter", "done"), KeyHint("h", "barrier history"), KeyHint("↑↓", "scroll")] }
    public var help: [HelpRow] {
        [HelpRow("Enter / Esc", "done"), HelpRow("h", "how often each barrier came up over 4, 12 and 52 weeks"),
         HelpRow("↑↓ PgUp PgDn", "scroll")]
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        guard case .key(let key) = event else {
            if case .resize(let size) = event { text.viewport = Size(width: size.width - 2, height: size.height - 2) }
            return .unhandled
        }
        switch key {
        case .enter, .escape, .char("q"): return .go(.pop)
        case .char("h"): return .go(.push(BarrierHistoryScreen(ctx: ctx)))
        default:
            text.viewport = Size(width: max(1, ctx.size.width - 2), height: max(1, ctx.size.height - 2))
            return text.handle(key) == .scrolled ? .none : .unhandled
        }
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        buffer.cursor = nil
        text.render(into: &buffer, area: area.inset(dx: 1, dy: 0), theme: ctx.theme)
    }
}
