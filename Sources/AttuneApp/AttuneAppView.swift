import AttuneDomain
import AttuneTUI

extension AttuneApp {
    /// Title bar, the top screen, the overlays, and the status line with key hints.
    public func view(into buffer: inout Buffer) {
        let theme = ctx.theme
        let area = buffer.area
        if privacy {
            buffer.write("Attune — screen hidden. Press any key.", x: 1, y: 0, style: theme.dim)
            buffer.cursor = nil
            return
        }
        let (titleBar, rest) = area.splitTop(1)
        let (content, statusBar) = rest.splitBottom(1)
        drawTitleBar(into: &buffer, titleBar)
        top.view(into: &buffer, area: content, ctx: ctx)
        if let help {
            buffer.cursor = nil
            help.render(into: &buffer, area: content, theme: theme)
        }
        drawStatus(into: &buffer, statusBar)
    }

    private func drawTitleBar(into buffer: inout Buffer, _ r: Rect) {
        let theme = ctx.theme
        buffer.fill(r, style: theme.selection)
        let right = "\(ctx.workbook.ownerName) · \(ctx.workbook.role) · \(Timestamp.formatDay(ctx.now()))"
        let left = "Attune · " + top.title
        let rightWidth = DisplayWidth.of(right)
        let fitsRight = DisplayWidth.of(left) + rightWidth + 3 <= r.width
        buffer.write(" " + DisplayWidth.truncate(left, to: r.width - 2), x: r.x, y: r.y,
                     style: theme.selection.merged(with: theme.title))
        if fitsRight { buffer.write(right + " ", x: r.maxX - rightWidth - 1, y: r.y, style: theme.selection) }
    }

    private func drawStatus(into buffer: inout Buffer, _ r: Rect) {
        let theme = ctx.theme
        if let field = command {
            buffer.fill(r)
            let x = buffer.write(":", x: r.x, y: r.y, style: theme.accent)
            field.render(into: &buffer, area: Rect(x: x, y: r.y, width: r.width - 1, height: 1), focused: true, theme: theme)
            return
        }
        let hints = help != nil ? [KeyHint("Esc", "close help"), KeyHint("↑↓", "scroll")]
            : top.hints + [KeyHint(top.capturesText ? "F1" : "?", "help")]
        StatusLine(hints: hints, message: message).render(into: &buffer, area: r, theme: theme)
    }
}
