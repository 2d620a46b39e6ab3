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
        if helpVisible {
            buffer.cursor = nil
            drawHelp(into: &buffer, content)
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
        buffer.write(" " + DisplayWidth.truncate(left, to: r.width - 2), x: r.x, y: r.y, style: theme.selection.merged(theme.title))
        if fitsRight { buffer.write(right + " ", x: r.maxX - rightWidth - 1, y: r.y, style: theme.selection) }
    }

    private func drawStatus(into buffer: inout Buffer, _ r: Rect) {
        let theme = ctx.theme
        buffer.fill(r)
        if var field = command {
            let x = buffer.write(":", x: r.x, y: r.y, style: theme.accent)
            field.render(into: &buffer, area: Rect(x: x, y: r.y, width: r.width - 1, height: 1), focused: true, theme: theme)
            _ = field
            return
        }
        if let message {
            let style: Style
            switch message.severity {
            case .info: style = theme.normal
            case .success: style = theme.success
            case .warning: style = theme.warning
            case .error: style = theme.error
            }
            buffer.write(DisplayWidth.truncate(message.text, to: r.width), x: r.x, y: r.y, style: style)
            return
        }
        let hints = (helpVisible ? [KeyHint("Esc", "close help"), KeyHint("↑↓", "scroll")] : top.hints)
            + [KeyHint(top.capturesText ? "F1" : "?", "help")]
        var x = r.x
        for hint in hints {
            let w = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2
            if x + w - 2 > r.maxX { break }
            x = buffer.write(hint.key, x: x, y: r.y, style: theme.accent)
            x = buffer.write(" " + hint.label + "  ", x: x, y: r.y, style: theme.hint)
        }
    }

    private func drawHelp(into buffer: inout Buffer, _ r: Rect) {
        let theme = ctx.theme
        let rows = helpRows
        let keyWidth = min(14, rows.map { DisplayWidth.of($0.key) }.max() ?? 4)
        let box = r.inset(dx: r.width > 50 ? 4 : 0, dy: r.height > 14 ? 1 : 0)
        buffer.fill(box)
        buffer.box(box, title: "Help · \(top.title)", style: theme.dim, titleStyle: theme.title)
        let inner = box.inset(dx: 2, dy: 1)
        let maxScroll = max(0, rows.count - inner.height)
        let start = min(helpScroll, maxScroll)
        for (i, row) in rows.dropFirst(start).prefix(inner.height).enumerated() {
            let y = inner.y + i
            if row.label.isEmpty {
                buffer.write(row.key, x: inner.x, y: y, style: theme.title, clip: inner)
                continue
            }
            buffer.write(DisplayWidth.pad(row.key, to: keyWidth), x: inner.x, y: y, style: theme.accent, clip: inner)
            buffer.write(DisplayWidth.truncate(row.label, to: inner.width - keyWidth - 2), x: inner.x + keyWidth + 2,
                         y: y, style: theme.normal, clip: inner)
        }
    }
}

extension Style {
    /// This style with another's attributes and non-default colours laid over it.
    func merged(_ other: Style) -> Style {
        Style(fg: other.fg == .default ? fg : other.fg, bg: other.bg == .default ? bg : other.bg,
              bold: bold || other.bold, dim: dim || other.dim, reverse: reverse || other.reverse,
              underline: underline || other.underline)
    }
}
