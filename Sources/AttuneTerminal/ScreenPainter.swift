#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttuneTUI
import CNcursesw

/// Draws buffers into a curses window, touching only the cells that changed since the previous frame.
final class ScreenPainter {
    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: ColorPairs
    private var previous: Buffer?
    private var cursorVisible: Bool?

    init(window: UnsafeMutablePointer<WINDOW>, colors: ColorPairs) {
        self.window = window
        self.colors = colors
    }

    /// The next frame is drawn in full (after Ctrl-L, a resize, or the terminal was handed to another program).
    func forgetPreviousFrame() { previous = nil }

    /// Draws the changed cells and the cursor into the window; the caller refreshes.
    func paint(_ buffer: Buffer) {
        let rows = min(buffer.size.height, Int(getmaxy(window)))
        let columns = min(buffer.size.width, Int(getmaxx(window)))
        let old = previous.flatMap { $0.size == buffer.size ? $0 : nil }
        if old == nil { werase(window) }
        for y in 0..<max(0, rows) {
            // Set when libc thinks a glyph is wider than we do: the cell it spilled into must be drawn again.
            var redrawNext = false
            var x = 0
            while x < columns {
                let cell = buffer[x, y]
                let changed = old.map { $0[x, y] != cell } ?? true
                if cell.width == 0 {  // right half of a wide character, drawn with it
                    if changed, x == 0 || buffer[x - 1, y].width != 2 { draw(Cell.blank, x: x, y: y) }
                    x += 1
                    continue
                }
                if changed || redrawNext {
                    redrawNext = draw(cell, x: x, y: y, columns: columns)
                } else {
                    redrawNext = false
                }
                x += Int(cell.width)
            }
        }
        previous = buffer
        placeCursor(buffer.cursor, rows: rows, columns: columns)
    }

    /// Draws one cell; returns true when the terminal's width of the glyph exceeds the cell's.
    @discardableResult
    private func draw(_ cell: Cell, x: Int, y: Int, columns: Int = Int.max) -> Bool {
        var glyph = Self.glyph(for: cell.text)
        var terminalWidth = attune_wcwidth(glyph[0])
        if terminalWidth < 0 {
            glyph = [0xFFFD, 0]  // libc cannot print it: show a replacement character, never a control code
            terminalWidth = 1
        }
        if Int(cell.width) == 2, x + 1 >= columns { glyph = [0x20, 0]; terminalWidth = 1 }
        var attributes = attune_a_normal()
        let style = cell.style
        if style.bold { attributes |= attune_a_bold() }
        if style.dim { attributes |= attune_a_dim() }
        if style.reverse { attributes |= attune_a_reverse() }
        if style.underline { attributes |= attune_a_underline() }
        let pair = colors.pair(fg: style.fg, bg: style.bg)
        var complex = cchar_t()
        glyph.withUnsafeBufferPointer { _ = attune_set_cell(&complex, $0.baseAddress, attributes, pair) }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &complex)
        if cell.width == 2, terminalWidth == 1 {
            // libc thinks it narrower than we do: blank the second cell so nothing stale shows there.
            let blank: [wchar_t] = [0x20, 0]
            blank.withUnsafeBufferPointer { _ = attune_set_cell(&complex, $0.baseAddress, attributes, pair) }
            _ = mvwadd_wch(window, Int32(y), Int32(x + 1), &complex)
        }
        // We think it is one cell wide but libc thinks two: a blank in the next cell keeps columns aligned.
        return Int(terminalWidth) > Int(cell.width)
    }

    /// A spacing character plus at most four combining marks, zero-terminated; control characters dropped
    /// so no text can reach the terminal as an escape sequence.
    static func glyph(for text: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (0x7F..<0xA0).contains(v) { continue }
            if result.count == 5 { break }
            result.append(wchar_t(bitPattern: v))
        }
        if result.isEmpty { result = [0x20] }
        if attune_wcwidth(result[0]) == 0 { result.insert(0x20, at: 0); if result.count > 5 { result.removeLast() } }
        result.append(0)
        return result
    }

    private func placeCursor(_ cursor: Point?, rows: Int, columns: Int) {
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
            if cursorVisible != true { _ = curs_set(1); cursorVisible = true }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            if cursorVisible != false { _ = curs_set(0); cursorVisible = false }
            leaveok(window, true)
            return
        }
        leaveok(window, false)
    }

    /// After the terminal was given away its cursor state is unknown.
    func forgetCursor() { cursorVisible = nil }
}
