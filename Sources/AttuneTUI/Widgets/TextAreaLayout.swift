/// Soft-wrapped layout of a `TextArea`: finding rows, scrolling, vertical moves and drawing.
/// Rows are always wrapped from a known row start — the scroll position when it lies on the same line before
/// the place wanted, else the line's start — so the cost follows the distance on screen, not the text size.
extension TextArea {
    var cursorPosition: Position { Position(line: cursorLine, offset: cursorOffset) }

    func index(_ p: Position) -> String.Index {
        let line = lines[p.line]
        return line.utf8.index(line.startIndex, offsetBy: min(p.offset, line.utf8.count))
    }

    func offset(_ i: String.Index, inLine l: Int) -> Int { lines[l].utf8.distance(from: lines[l].startIndex, to: i) }

    /// The wrapped row holding `p`, wrapping from `anchor` when it is on the same line and not after `p`.
    func row(containing p: Position, anchor: Position, width: Int) -> Range<String.Index> {
        let line = lines[p.line]
        let start = anchor.line == p.line && anchor.offset <= p.offset ? index(anchor) : line.startIndex
        return Wrap.rows(line[start...], width: width, stopAfter: index(p)).last!
    }

    /// The row after `row` on the same line, if any.
    func row(after row: Range<String.Index>, line l: Int, width: Int) -> Range<String.Index>? {
        let rows = Wrap.rows(lines[l][row.lowerBound...], width: width, maxRows: 2)
        return rows.count == 2 ? rows[1] : nil
    }

    /// The row before `row` on the same line, if any.
    func row(before row: Range<String.Index>, line l: Int, anchor: Position, width: Int) -> Range<String.Index>? {
        let line = lines[l]
        guard row.lowerBound > line.startIndex else { return nil }
        let inside = Position(line: l, offset: offset(line.index(before: row.lowerBound), inLine: l))
        return self.row(containing: inside, anchor: anchor, width: width)
    }

    func lastRow(ofLine l: Int, width: Int) -> Range<String.Index> {
        Wrap.rows(lines[l][...], width: width).last!
    }

    /// The cursor's row and its display column in that row.
    func cursorRow(anchor: Position, width: Int) -> (row: Range<String.Index>, column: Int) {
        let r = row(containing: cursorPosition, anchor: anchor, width: width)
        let line = lines[cursorLine]
        return (r, DisplayWidth.of(String(line[r.lowerBound..<index(cursorPosition)])))
    }

    /// Where the first row shown starts depends on the row above it and on the first word of that row. An edit
    /// inside that first word (a position on the top line with no space between it and the top) may let the
    /// word fit on the row above: re-wrap the line to find the true row start. Other edits leave it valid.
    mutating func realignTop(afterEditAt positions: [Position]) {
        // A cursor now before the top (text deleted across it) makes `visibleTop` re-wrap from the line start.
        guard top.offset > 0, top.line < lines.count, !(cursorPosition < top) else { return }
        let line = lines[top.line]
        let topOffset = min(top.offset, line.utf8.count)
        let touchesFirstWord = positions.contains { p in
            guard p.line == top.line, p.offset >= topOffset else { return false }
            let end = line.utf8.index(line.startIndex, offsetBy: min(p.offset, line.utf8.count))
            return !line[index(top)..<end].contains(" ")
        }
        guard touchesFirstWord else { return }
        let old = Position(line: top.line, offset: topOffset)
        let r = row(containing: old, anchor: Position(line: top.line, offset: 0), width: max(1, viewport.width))
        top = Position(line: top.line, offset: offset(r.lowerBound, inLine: top.line))
    }

    mutating func moveVertically(by n: Int) {
        let width = max(1, viewport.width)
        let (startRow, column) = cursorRow(anchor: top, width: width)
        let goal = goalColumn ?? column
        var l = cursorLine
        var r = startRow
        var moved = 0
        while moved < abs(n) {
            if n > 0 {
                if let next = row(after: r, line: l, width: width) {
                    r = next
                } else if l + 1 < lines.count {
                    l += 1
                    r = Wrap.rows(lines[l][...], width: width, maxRows: 1)[0]
                } else { break }
            } else {
                if let previous = row(before: r, line: l, anchor: top, width: width) {
                    r = previous
                } else if l > 0 {
                    l -= 1
                    r = lastRow(ofLine: l, width: width)
                } else { break }
            }
            moved += 1
        }
        if moved == 0 {
            // Already on the first or last row: go to its start or end, as most editors do.
            cursorOffset = n < 0 ? 0 : lines[cursorLine].utf8.count
            goalColumn = nil
            return
        }
        let line = lines[l]
        var i = r.lowerBound
        var c = 0
        while i < r.upperBound {
            let w = DisplayWidth.of(line[i])
            if c + w > goal { break }
            c += w
            i = line.index(after: i)
        }
        // The end of a row that is not the line's last is the next row's start: stay on this row.
        if i == r.upperBound, i > r.lowerBound, row(after: r, line: l, width: width) != nil { i = line.index(before: i) }
        cursorLine = l
        cursorOffset = offset(i, inLine: l)
        goalColumn = goal
    }

    /// The start of the first row shown at `size`: the stored scroll position, moved as little as needed to
    /// show the cursor.
    func visibleTop(for size: Size) -> Position {
        guard size.height > 0 else { return top }
        let width = max(1, size.width)
        let cursor = cursorPosition
        // Compared before clamping: a top left past the end of a shortened line or a removed line is stale,
        // and the cursor is then before it.
        if cursor < top {
            let lineStart = Position(line: cursor.line, offset: 0)
            return Position(line: cursor.line,
                            offset: offset(row(containing: cursor, anchor: lineStart, width: width).lowerBound,
                                           inLine: cursor.line))
        }
        var t = top
        t.offset = min(t.offset, lines[t.line].utf8.count)
        if cursor.line - t.line < size.height {
            // Walk forward from the top to the cursor, remembering the last `height` row starts.
            var starts: [Position] = []
            var count = 0
            for l in t.line...cursor.line {
                let line = lines[l]
                let from = l == t.line ? index(t) : line.startIndex
                let rows = Wrap.rows(line[from...], width: width, stopAfter: l == cursor.line ? index(cursor) : nil)
                for r in rows.suffix(size.height) { starts.append(Position(line: l, offset: offset(r.lowerBound, inLine: l))) }
                count += rows.count
                if starts.count > size.height { starts.removeFirst(starts.count - size.height) }
            }
            return count <= size.height ? t : starts[0]
        }
        // The cursor is far below: walk back `height - 1` rows from it.
        let line = lines[cursor.line]
        var rows = Wrap.rows(line[...], width: width, stopAfter: index(cursor))
        var l = cursor.line
        var need = size.height - 1
        while need >= rows.count, l > 0 {
            need -= rows.count
            l -= 1
            rows = Wrap.rows(lines[l][...], width: width)
        }
        let r = rows[max(0, rows.count - 1 - need)]
        return Position(line: l, offset: offset(r.lowerBound, inLine: l))
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area, style: theme.normal)
        if isEmpty {
            for (k, row) in Wrap.lines(placeholder, width: area.width).prefix(area.height).enumerated() {
                buffer.write(row, x: area.x, y: area.y + k, style: theme.hint, clip: area)
            }
            if focused { buffer.cursor = Point(x: area.x, y: area.y) }
            return
        }
        let start = visibleTop(for: area.size)
        let cursorAt = cursorRow(anchor: start, width: area.width)
        var y = area.y
        var l = start.line
        while y < area.maxY, l < lines.count {
            let line = lines[l]
            let from = l == start.line ? index(start) : line.startIndex
            for r in Wrap.rows(line[from...], width: area.width, maxRows: area.maxY - y) {
                buffer.write(String(line[r]), x: area.x, y: y, style: theme.normal, clip: area)
                if focused, l == cursorLine, r.lowerBound == cursorAt.row.lowerBound {
                    buffer.cursor = Point(x: area.x + min(cursorAt.column, area.width - 1), y: y)
                }
                y += 1
            }
            l += 1
        }
    }
}
