import AttuneTUI

/// A tall off-screen page that blocks are laid out on from top to bottom, then shown through a scrolled window:
/// for result and history screens whose content may not fit a small terminal.
struct PageCanvas {
    private(set) var buffer: Buffer
    private(set) var y = 0
    let width: Int
    let theme: Theme

    init(width: Int, theme: Theme, maxHeight: Int = 400) {
        self.width = max(1, width)
        self.theme = theme
        buffer = Buffer(width: self.width, height: maxHeight)
    }

    /// Rows used (never more than the page holds).
    var height: Int { min(y, buffer.size.height) }

    /// Word-wrapped text, each row indented by `indent` cells.
    mutating func text(_ text: String, style: Style? = nil, indent: Int = 0) {
        let usable = max(1, width - indent)
        for line in Wrap.lines(text, width: usable) {
            buffer.write(line, x: indent, y: y, style: style ?? theme.normal)
            y += 1
        }
    }

    /// Text on the left and, when it fits, more text flush right on the same row; a left text too long for
    /// the row is wrapped instead and the right text left out.
    mutating func row(_ left: String, right: String, style: Style? = nil, rightStyle: Style? = nil) {
        guard DisplayWidth.of(left) <= width else {
            text(left, style: style)
            return
        }
        buffer.write(left, x: 0, y: y, style: style ?? theme.normal)
        let rw = DisplayWidth.of(right)
        if DisplayWidth.of(left) + rw + 1 <= width {
            buffer.write(right, x: width - rw, y: y, style: rightStyle ?? theme.dim)
        }
        y += 1
    }

    mutating func blank() { y += 1 }

    /// A block drawn by a widget into `height` rows of the page.
    mutating func block(height: Int, _ draw: (inout Buffer, Rect) -> Void) {
        guard height > 0 else { return }
        draw(&buffer, Rect(x: 0, y: y, width: width, height: height))
        y += height
    }

    /// The largest useful scroll offset for a window `rows` tall.
    func maxScroll(rows: Int) -> Int { max(0, height - rows) }

    /// Copies rows `scroll ..< scroll + area.height` into the screen, with ↑/↓ marks when there is more.
    func show(into target: inout Buffer, area: Rect, scroll: Int) {
        guard !area.isEmpty else { return }
        target.fill(area, style: theme.normal)
        let first = max(0, min(scroll, maxScroll(rows: area.height)))
        for row in 0..<min(area.height, height - first) {
            for x in 0..<min(width, area.width) where area.x + x < target.size.width && area.y + row < target.size.height {
                target[area.x + x, area.y + row] = buffer[x, first + row]
            }
        }
        if first > 0 { target.write("↑", x: area.maxX - 1, y: area.y, style: theme.hint) }
        if first + area.height < height { target.write("↓", x: area.maxX - 1, y: area.maxY - 1, style: theme.hint) }
    }
}
