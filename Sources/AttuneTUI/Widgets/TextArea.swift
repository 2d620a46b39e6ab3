/// A multi-line text editor with soft word-wrap. Text is kept as an array of lines and the cursor as a UTF-8
/// offset, so a key press costs the length of one line at most, and a render wraps only the rows it shows:
/// a megabyte pasted in stays responsive.
public struct TextArea: Hashable, Sendable {
    /// A wrapped row: `line` in `lines`, `row` among that line's soft-wrapped rows.
    struct RowPosition: Hashable, Sendable, Comparable {
        var line: Int
        var row: Int
        static func < (a: RowPosition, b: RowPosition) -> Bool { (a.line, a.row) < (b.line, b.row) }
    }

    public private(set) var lines: [String]
    private var cursorLine = 0
    /// UTF-8 offset in `lines[cursorLine]`, on a grapheme boundary.
    private var cursorOffset = 0
    /// The display column Up/Down aim for, kept while moving vertically through shorter rows.
    private var goalColumn: Int?
    private var top = RowPosition(line: 0, row: 0)
    /// The size the area is drawn at: keys use it for scrolling and PgUp/PgDn. Screens set it on layout;
    /// a render at another size still keeps the cursor visible.
    public var viewport: Size
    public var placeholder: String

    public init(text: String = "", placeholder: String = "", viewport: Size = Size(width: 80, height: 10)) {
        self.placeholder = placeholder
        self.viewport = viewport
        lines = [""]
        insert(text)
        moveToStart()
    }

    /// The whole text, lines joined with "\n".
    public var text: String { lines.joined(separator: "\n") }
    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    /// Replaces the text; the cursor goes to the start.
    public mutating func setText(_ text: String) {
        self = TextArea(text: text, placeholder: placeholder, viewport: viewport)
    }

    /// Cursor as (line, grapheme clusters from the line's start).
    public var cursor: (line: Int, column: Int) {
        let l = lines[cursorLine]
        return (cursorLine, l.distance(from: l.startIndex, to: l.utf8.index(l.startIndex, offsetBy: cursorOffset)))
    }

    public mutating func moveToStart() {
        cursorLine = 0; cursorOffset = 0; goalColumn = nil; top = RowPosition(line: 0, row: 0)
    }

    public mutating func moveToEnd() {
        cursorLine = lines.count - 1; cursorOffset = lines[cursorLine].utf8.count; goalColumn = nil
        top = visibleTop(for: viewport)
    }

    public mutating func handle(_ event: Event) -> EditOutcome {
        switch event {
        case .key(let key): return handle(key)
        case .paste(let s): return insert(s)
        default: return .ignored
        }
    }

    public mutating func handle(_ key: Key) -> EditOutcome {
        let outcome: EditOutcome
        var vertical = false
        switch key {
        case .char(let c): outcome = insert(String(c))
        case .enter: outcome = insert("\n")
        case .backspace, .ctrl("h"):
            outcome = cursorOffset == 0 ? joinWithPrevious() : (editLine { $0.deleteBackward() } ? .changed : .consumed)
        case .delete, .ctrl("d"):
            outcome = atLineEnd ? joinWithNext() : (editLine { $0.deleteForward() } ? .changed : .consumed)
        case .ctrl("w"):
            outcome = cursorOffset == 0 ? joinWithPrevious() : (editLine { $0.deleteWordBackward() } ? .changed : .consumed)
        case .ctrl("u"): outcome = editLine { $0.deleteToStart() } ? .changed : .consumed
        case .ctrl("k"):
            outcome = atLineEnd ? joinWithNext() : (editLine { $0.deleteToEnd() } ? .changed : .consumed)
        case .left, .ctrl("b"):
            if cursorOffset > 0 { _ = editLine { $0.moveLeft() } } else if cursorLine > 0 {
                cursorLine -= 1; cursorOffset = lines[cursorLine].utf8.count
            }
            outcome = .consumed
        case .right, .ctrl("f"):
            if !atLineEnd { _ = editLine { $0.moveRight() } } else if cursorLine + 1 < lines.count {
                cursorLine += 1; cursorOffset = 0
            }
            outcome = .consumed
        case .home, .ctrl("a"): cursorOffset = 0; outcome = .consumed
        case .end, .ctrl("e"): cursorOffset = lines[cursorLine].utf8.count; outcome = .consumed
        case .up, .ctrl("p"): moveVertically(by: -1); vertical = true; outcome = .consumed
        case .down, .ctrl("n"): moveVertically(by: 1); vertical = true; outcome = .consumed
        case .pageUp: moveVertically(by: -max(1, viewport.height - 1)); vertical = true; outcome = .consumed
        case .pageDown: moveVertically(by: max(1, viewport.height - 1)); vertical = true; outcome = .consumed
        default: return .ignored
        }
        if !vertical { goalColumn = nil }
        top = visibleTop(for: viewport)
        return outcome
    }

    /// Inserts typed or pasted text at the cursor. CR LF becomes a line break and tabs four spaces.
    @discardableResult
    public mutating func insert(_ s: String) -> EditOutcome {
        let clean = PasteCleaner.clean(s, tabWidth: 4, newlinesAs: nil)
        guard !clean.isEmpty else { return .consumed }
        var parts: [String] = []
        var start = clean.startIndex
        let utf8 = clean.utf8
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == 10 {
                parts.append(String(clean[start..<i]))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        parts.append(String(clean[start...]))
        if parts.count == 1 {
            _ = editLine { $0.insert(parts[0]) }
        } else {
            let line = lines[cursorLine]
            let split = line.utf8.index(line.startIndex, offsetBy: cursorOffset)
            var replacement = parts
            replacement[0] = String(line[..<split]) + parts[0]
            let last = parts[parts.count - 1]
            replacement[parts.count - 1] = last + String(line[split...])
            lines.replaceSubrange(cursorLine...cursorLine, with: replacement)
            cursorLine += parts.count - 1
            cursorOffset = last.utf8.count
            _ = editLine { $0.snapToBoundary() }
        }
        goalColumn = nil
        top = visibleTop(for: viewport)
        return .changed
    }

    // MARK: - Editing helpers

    private var atLineEnd: Bool { cursorOffset == lines[cursorLine].utf8.count }

    /// Runs a line edit without copying the line: the string is moved out of the array and back.
    private mutating func editLine<R>(_ body: (inout LineEditing) -> R) -> R {
        var editing = LineEditing(text: "", cursor: 0)
        swap(&editing.text, &lines[cursorLine])
        editing.cursor = cursorOffset
        let result = body(&editing)
        swap(&editing.text, &lines[cursorLine])
        cursorOffset = editing.cursor
        return result
    }

    private mutating func joinWithPrevious() -> EditOutcome {
        guard cursorLine > 0 else { return .consumed }
        let current = lines.remove(at: cursorLine)
        cursorLine -= 1
        cursorOffset = lines[cursorLine].utf8.count
        lines[cursorLine] += current
        _ = editLine { $0.snapToBoundary() }
        return .changed
    }

    private mutating func joinWithNext() -> EditOutcome {
        guard cursorLine + 1 < lines.count else { return .consumed }
        let next = lines.remove(at: cursorLine + 1)
        lines[cursorLine] += next
        _ = editLine { $0.snapToBoundary() }
        return .changed
    }

    // MARK: - Layout

    func rows(ofLine l: Int, width: Int) -> [Range<String.Index>] { Wrap.rows(lines[l][...], width: width) }

    /// The cursor's wrapped row within its line and its display column in that row.
    func cursorRowColumn(width: Int) -> (row: Int, column: Int) {
        let line = lines[cursorLine]
        let index = line.utf8.index(line.startIndex, offsetBy: cursorOffset)
        let rs = rows(ofLine: cursorLine, width: width)
        var lo = 0, hi = rs.count - 1
        while lo < hi {  // first row whose end lies beyond the cursor; the last row takes the line's end
            let mid = (lo + hi) / 2
            if index < rs[mid].upperBound { hi = mid } else { lo = mid + 1 }
        }
        return (lo, DisplayWidth.of(String(line[rs[lo].lowerBound..<index])))
    }

    private mutating func moveVertically(by n: Int) {
        let width = max(1, viewport.width)
        let (row, column) = cursorRowColumn(width: width)
        let goal = goalColumn ?? column
        var l = cursorLine, r = row
        var rs = rows(ofLine: l, width: width)
        var moved = 0
        while moved < abs(n) {
            if n > 0 {
                if r + 1 < rs.count { r += 1 } else if l + 1 < lines.count { l += 1; rs = rows(ofLine: l, width: width); r = 0 } else { break }
            } else {
                if r > 0 { r -= 1 } else if l > 0 { l -= 1; rs = rows(ofLine: l, width: width); r = rs.count - 1 } else { break }
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
        let range = rs[r]
        var i = range.lowerBound
        var c = 0
        while i < range.upperBound {
            let w = DisplayWidth.of(line[i])
            if c + w > goal { break }
            c += w
            i = line.index(after: i)
        }
        // The end of a row that is not the line's last is the next row's start: stay on this row.
        if i == range.upperBound, r < rs.count - 1 { i = line.index(before: i) }
        cursorLine = l
        cursorOffset = line.utf8.distance(from: line.startIndex, to: i)
        goalColumn = goal
    }

    /// The first row shown at `size`: the stored scroll position, moved as little as needed to show the cursor.
    func visibleTop(for size: Size) -> RowPosition {
        guard size.height > 0 else { return top }
        let width = max(1, size.width)
        var t = top
        t.line = min(t.line, lines.count - 1)
        if t.row > 0 { t.row = min(t.row, rows(ofLine: t.line, width: width).count - 1) }
        let cursorRow = RowPosition(line: cursorLine, row: cursorRowColumn(width: width).row)
        if cursorRow < t { return cursorRow }
        var l = cursorRow.line, r = cursorRow.row, need = size.height - 1
        while need > 0 {
            if r > 0 {
                let step = min(r, need); r -= step; need -= step
            } else if l > 0 {
                l -= 1; r = rows(ofLine: l, width: width).count - 1; need -= 1
            } else {
                break
            }
        }
        let lowest = RowPosition(line: l, row: r)
        return t < lowest ? lowest : t
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
        let cursorAt = cursorRowColumn(width: area.width)
        var y = area.y
        var l = start.line, r = start.row
        while y < area.maxY, l < lines.count {
            let line = lines[l]
            let rs = rows(ofLine: l, width: area.width)
            while r < rs.count, y < area.maxY {
                buffer.write(String(line[rs[r]]), x: area.x, y: y, style: theme.normal, clip: area)
                if focused, l == cursorLine, r == cursorAt.row {
                    buffer.cursor = Point(x: area.x + min(cursorAt.column, area.width - 1), y: y)
                }
                y += 1; r += 1
            }
            l += 1; r = 0
        }
    }
}
