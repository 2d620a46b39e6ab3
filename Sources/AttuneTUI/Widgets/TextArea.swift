/// A multi-line text editor with soft word-wrap. Text is kept as an array of lines and the cursor as a UTF-8
/// offset, so an edit costs at most the length of its line, and layout wraps from the first row shown rather
/// than from the start of the text: a megabyte pasted in, even as one line, stays responsive.
public struct TextArea: Hashable, Sendable {
    /// A place in the text: a line and a UTF-8 offset in it. The scroll position is the start of the first
    /// row shown, so rendering and moving near it wrap only from there, never from the start of a long line.
    struct Position: Hashable, Sendable, Comparable {
        var line: Int
        var offset: Int
        static func < (a: Position, b: Position) -> Bool { (a.line, a.offset) < (b.line, b.offset) }
    }

    public private(set) var lines: [String]
    var cursorLine = 0
    /// UTF-8 offset in `lines[cursorLine]`, on a grapheme boundary.
    var cursorOffset = 0
    /// The display column Up/Down aim for, kept while moving vertically through shorter rows.
    var goalColumn: Int?
    /// Start of the first row shown (at `viewport` width).
    var top = Position(line: 0, offset: 0)
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
        cursorLine = 0; cursorOffset = 0; goalColumn = nil; top = Position(line: 0, offset: 0)
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
        let editedAt = cursorPosition
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
            if cursorOffset > 0 { editLine { $0.moveLeft() } } else if cursorLine > 0 {
                cursorLine -= 1; cursorOffset = lines[cursorLine].utf8.count
            }
            outcome = .consumed
        case .right, .ctrl("f"):
            if !atLineEnd { editLine { $0.moveRight() } } else if cursorLine + 1 < lines.count {
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
        if outcome == .changed { realignTop(afterEditAt: [editedAt, cursorPosition]) }
        top = visibleTop(for: viewport)
        return outcome
    }

    /// Inserts typed or pasted text at the cursor. CR LF becomes a line break and tabs four spaces.
    @discardableResult
    public mutating func insert(_ s: String) -> EditOutcome {
        let clean = PasteCleaner.clean(s, tabWidth: 4, newlinesAs: nil)
        guard !clean.isEmpty else { return .consumed }
        let editedAt = cursorPosition
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
            editLine { $0.insert(parts[0]) }
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
            editLine { $0.snapToBoundary() }
        }
        goalColumn = nil
        realignTop(afterEditAt: [editedAt, cursorPosition])
        top = visibleTop(for: viewport)
        return .changed
    }

    // MARK: - Editing helpers

    private var atLineEnd: Bool { cursorOffset == lines[cursorLine].utf8.count }

    /// Runs a line edit without copying the line: the string is moved out of the array and back.
    @discardableResult
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
        editLine { $0.snapToBoundary() }
        return .changed
    }

    private mutating func joinWithNext() -> EditOutcome {
        guard cursorLine + 1 < lines.count else { return .consumed }
        let next = lines.remove(at: cursorLine + 1)
        lines[cursorLine] += next
        editLine { $0.snapToBoundary() }
        return .changed
    }
}
