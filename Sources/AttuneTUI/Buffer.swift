/// One terminal cell. A wide grapheme occupies its cell plus a following continuation cell (`width == 0`).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style
    public init(text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text; self.width = width; self.style = style
    }
    public static let blank = Cell()
    static let continuation = Cell(text: "", width: 0)
}

/// A grid of cells that screens render into. Backends diff and draw it; tests compare it as text.
public struct Buffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a focused text field), or nil to hide it.
    public var cursor: Point?

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }
    public init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

    public var area: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` from (x, y), clipped to `clip` (default the whole buffer); returns the x after the last cell.
    /// A wide grapheme that would straddle the clip edge is not drawn (a space is left instead).
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let c = clip ?? area
        guard y >= c.y, y < c.maxY, y >= 0, y < size.height else { return x }
        let limit = min(c.maxX, size.width)
        var cx = x
        for ch in text {
            if ch == "\n" || ch == "\r\n" { break }
            let w = DisplayWidth.of(ch)
            if w == 0 {
                // Combining or zero-width: attach to the previous cell so it is never lost.
                if cx - 1 >= max(c.x, 0), cx - 1 < limit {
                    var px = cx - 1
                    if self[px, y].width == 0, px > 0 { px -= 1 }
                    self[px, y].text.append(ch)
                }
                continue
            }
            if cx >= limit { break }
            if cx < c.x || cx < 0 { cx += w; continue }
            if cx + w > limit {
                self[cx, y] = Cell(text: " ", width: 1, style: style)
                cx += w
                break
            }
            clearWide(at: cx, y: y)
            self[cx, y] = Cell(text: String(ch), width: UInt8(w), style: style)
            if w == 2 {
                clearWide(at: cx + 1, y: y)
                self[cx + 1, y] = Cell(text: "", width: 0, style: style)
            }
            cx += w
        }
        return cx
    }

    /// Overwriting half of a wide character blanks its other half, so no stray glyph survives.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.width == 0, x > 0, self[x - 1, y].width == 2 {
            self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style)
        } else if cell.width == 2, x + 1 < size.width {
            self[x + 1, y] = Cell(text: " ", width: 1, style: cell.style)
        }
    }

    /// Fills a rectangle with a character (default: blank) in a style.
    public mutating func fill(_ rect: Rect, char: Character = " ", style: Style = .plain) {
        let r = Rect(x: max(0, rect.x), y: max(0, rect.y),
                     width: min(rect.maxX, size.width) - max(0, rect.x),
                     height: min(rect.maxY, size.height) - max(0, rect.y))
        guard !r.isEmpty else { return }
        let cell = Cell(text: String(char), width: 1, style: style)
        for yy in r.y..<r.maxY {
            if r.x > 0, self[r.x, yy].width == 0 { self[r.x - 1, yy] = Cell(text: " ", width: 1, style: self[r.x - 1, yy].style) }
            if r.maxX < size.width, self[r.maxX, yy].width == 0 { self[r.maxX, yy] = Cell(text: " ", width: 1, style: self[r.maxX, yy].style) }
            for xx in r.x..<r.maxX { self[xx, yy] = cell }
        }
    }

    /// Applies a style to every cell of a rectangle, keeping the text (selection highlight).
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        for yy in max(0, rect.y)..<min(rect.maxY, size.height) {
            for xx in max(0, rect.x)..<min(rect.maxX, size.width) { transform(&cells[yy * size.width + xx].style) }
        }
    }

    /// A box border with an optional title in the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style = .bold) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let h = String(repeating: "─", count: rect.width - 2)
        write("┌" + h + "┐", x: rect.x, y: rect.y, style: style)
        write("└" + h + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for yy in (rect.y + 1)..<(rect.maxY - 1) {
            write("│", x: rect.x, y: yy, style: style)
            write("│", x: rect.maxX - 1, y: yy, style: style)
        }
        if let title, rect.width > 4 {
            write(" " + DisplayWidth.truncate(title, to: rect.width - 4) + " ", x: rect.x + 1, y: rect.y, style: titleStyle)
        }
    }

    /// The text of one row, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width { s += self[x, y].text }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The whole buffer as text, one line per row, trailing spaces trimmed: what render tests compare.
    public var text: String { (0..<size.height).map(line).joined(separator: "\n") }
}
