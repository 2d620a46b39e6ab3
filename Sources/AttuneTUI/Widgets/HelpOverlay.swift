/// A titled, scrollable panel listing keys and what they do. `?`, Esc, q or F1 close it.
public struct HelpOverlay: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        /// Empty for a section heading.
        public var key: String
        public var description: String
        public init(_ key: String, _ description: String) { self.key = key; self.description = description }
        public static func section(_ title: String) -> Row { Row("", title) }
    }

    public enum Outcome: Hashable, Sendable { case closed, consumed }

    public var title: String
    public var rows: [Row]
    public var scroll = 0
    /// The screen size the overlay is drawn on; keys use it to stop scrolling at the end.
    public var viewport: Size

    public init(title: String, rows: [Row], viewport: Size = Size(width: 80, height: 24)) {
        self.title = title; self.rows = rows; self.viewport = viewport
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape, .char("?"), .char("q"), .function(1): return .closed
        default: break
        }
        let box = panel(in: Rect(size: viewport))
        let visible = max(1, box.height - 2)
        let maxScroll = max(0, lines(width: max(1, box.width - 4)).count - visible)
        if let s = navigate(key, index: scroll, count: maxScroll + 1, page: visible - 1) { scroll = s }
        return .consumed
    }

    /// The panel's rectangle inside a screen area.
    func panel(in area: Rect) -> Rect {
        let width = min(area.width, 72)
        let content = lines(width: max(1, width - 4)).count
        return area.centered(width: width, height: min(area.height, content + 2))
    }

    func keyColumnWidth(total: Int) -> Int {
        min(rows.map { DisplayWidth.of($0.key) }.max() ?? 0, max(4, total / 3))
    }

    /// The panel's text lines at an inner width: (key column, description, is heading).
    func lines(width: Int) -> [(key: String, text: String, heading: Bool)] {
        let keyWidth = keyColumnWidth(total: width)
        var out: [(String, String, Bool)] = []
        for row in rows {
            if row.key.isEmpty {
                if !out.isEmpty { out.append(("", "", false)) }
                for line in Wrap.lines(row.description, width: width) { out.append(("", line, true)) }
                continue
            }
            let descriptionWidth = max(1, width - keyWidth - 2)
            let wrapped = Wrap.lines(row.description, width: descriptionWidth)
            for (k, line) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                out.append((k == 0 ? DisplayWidth.pad(row.key, to: keyWidth) : String(repeating: " ", count: keyWidth), line, false))
            }
        }
        return out
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = true, theme: Theme) {
        guard area.width >= 6, area.height >= 3 else { return }
        let box = panel(in: area)
        buffer.cursor = nil  // modal: a field underneath no longer takes input
        buffer.fill(box, style: theme.normal)
        buffer.box(box, title: title, style: theme.focus, titleStyle: theme.title)
        let inner = box.inset(dx: 2, dy: 1)
        let all = lines(width: inner.width)
        let first = min(scroll, max(0, all.count - inner.height))
        for (k, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + k
            if line.heading {
                buffer.write(line.text, x: inner.x, y: y, style: theme.title, clip: inner)
            } else {
                let x = buffer.write(line.key, x: inner.x, y: y, style: theme.accent, clip: inner)
                buffer.write(line.text, x: x + 2, y: y, style: theme.normal, clip: inner)
            }
        }
        // Arrows in the frame tell there is more to scroll.
        if first > 0 { buffer.write("↑", x: box.maxX - 2, y: box.y, style: theme.hint) }
        if first + inner.height < all.count { buffer.write("↓", x: box.maxX - 2, y: box.maxY - 1, style: theme.hint) }
        let closeHint = " Esc close "
        if box.width > DisplayWidth.of(closeHint) + 6 {
            buffer.write(closeHint, x: box.x + 2, y: box.maxY - 1, style: theme.hint)
        }
    }
}
