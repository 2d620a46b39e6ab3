import AttuneDomain
import AttuneTUI

/// Layout: what the checklist covers and the client code on top, the items, the highlighted item's full text
/// and help (or its note being written), and a footer with the count of barriers present.
extension ChecklistScreen {
    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        let theme = ctx.theme
        buffer.cursor = nil
        let inner = area.inset(dx: 1, dy: 0)
        let (header, rest) = inner.splitTop(2)
        let (body, footer) = rest.splitBottom(1)
        let (listArea, detail) = body.splitBottom(Self.detailRows(contentHeight: area.height) + 1)
        drawHeader(into: &buffer, header, theme: theme)
        items.render(into: &buffer, area: listArea,
                     focused: focus == .items && review == nil, theme: theme)
        drawDetail(into: &buffer, Rect(x: detail.x, y: detail.y + 1, width: detail.width, height: detail.height - 1),
                   ctx: ctx)
        if detail.height > 0 {
            buffer.write(String(repeating: "─", count: detail.width), x: detail.x, y: detail.y, style: theme.dim)
        }
        drawFooter(into: &buffer, footer, ctx: ctx)
        if let review {
            review.render(into: &buffer, area: body, theme: theme)
        } else {
            FormDialogs.draw(conflict: conflict, draftOffer: draftOffer, into: &buffer, area: area, theme: theme)
        }
    }

    private func drawHeader(into buffer: inout Buffer, _ r: Rect, theme: Theme) {
        guard r.height >= 2 else { return }
        let labelWidth = 8
        let row0 = Rect(x: r.x, y: r.y, width: r.width, height: 1)
        let row1 = Rect(x: r.x, y: r.y + 1, width: r.width, height: 1)
        buffer.write("Covers", x: r.x, y: r.y, style: focus == .period ? theme.focus : theme.normal, clip: row0)
        period.render(into: &buffer, area: Rect(x: r.x + labelWidth, y: r.y, width: r.width - labelWidth, height: 1),
                      focused: focus == .period && noteField == nil, theme: theme)
        buffer.write("Client", x: r.x, y: r.y + 1, style: focus == .client ? theme.focus : theme.normal, clip: row1)
        client.render(into: &buffer, area: Rect(x: r.x + labelWidth, y: r.y + 1, width: min(30, r.width - labelWidth), height: 1),
                      focused: focus == .client && noteField == nil && review == nil, theme: theme)
    }

    private func drawDetail(into buffer: inout Buffer, _ r: Rect, ctx: AppContext) {
        let theme = ctx.theme
        guard !r.isEmpty, items.items.indices.contains(items.highlighted) else { return }
        let item = items.items[items.highlighted]
        if let field = noteField {
            let x = buffer.write("Note: ", x: r.x, y: r.y, style: theme.focus, clip: r)
            field.render(into: &buffer, area: Rect(x: x, y: r.y, width: r.maxX - x, height: 1), focused: true, theme: theme)
            if r.height > 1 {
                buffer.write(DisplayWidth.truncate(item.text, to: r.width), x: r.x, y: r.y + 1, style: theme.dim, clip: r)
            }
            return
        }
        let note = items.answer(items.highlighted).note
        var lines = Wrap.lines(item.text, width: r.width).map { ($0, theme.normal) }
        if !note.isEmpty { lines += Wrap.lines("✎ " + note, width: r.width).map { ($0, theme.accent) } }
        lines += Wrap.lines(item.help, width: r.width).map { ($0, theme.dim) }
        for (k, (text, style)) in lines.prefix(r.height).enumerated() {
            buffer.write(text, x: r.x, y: r.y + k, style: style, clip: r)
        }
    }

    private func drawFooter(into buffer: inout Buffer, _ r: Rect, ctx: AppContext) {
        guard !r.isEmpty else { return }
        let barriers = BarrierChecklist(answers: items.allAnswers).barriersPresent(definition: ctx.checklist)
        let text = "\(items.presentCount) item\(items.presentCount == 1 ? "" : "s") present · "
            + (barriers.isEmpty ? "no barriers" : "\(barriers.count) barrier\(barriers.count == 1 ? "" : "s")")
        buffer.write(DisplayWidth.truncate(text, to: r.width), x: r.x, y: r.y,
                     style: barriers.isEmpty ? ctx.theme.dim : ctx.theme.accent)
    }
}
