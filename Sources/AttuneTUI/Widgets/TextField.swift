/// A single-line text input. Edits by grapheme cluster, so an accented letter, a CJK character or an emoji
/// sequence is one step for the cursor and one Backspace.
public struct TextField: Hashable, Sendable {
    private var line: LineEditing
    /// Shown dimmed while the field is empty.
    public var placeholder: String
    /// Most grapheme clusters the field accepts, or nil for no limit.
    public var maxLength: Int?

    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        self.placeholder = placeholder
        self.maxLength = maxLength
        let clean = PasteCleaner.clean(text, tabWidth: 1, newlinesAs: " ")
        line = LineEditing(text: maxLength.map { String(clean.prefix($0)) } ?? clean)
    }

    public var text: String { line.text }

    /// Replaces the text and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        self = TextField(text: text, placeholder: placeholder, maxLength: maxLength)
    }

    /// Cursor position in grapheme clusters from the start.
    public var cursor: Int { line.graphemeOffset }

    /// Moves the cursor to a grapheme offset (clamped).
    public mutating func moveCursor(to graphemes: Int) {
        let n = min(max(0, graphemes), line.text.count)
        line.cursor = line.offset(line.text.index(line.text.startIndex, offsetBy: n))
    }

    public mutating func handle(_ event: Event) -> EditOutcome {
        switch event {
        case .key(let key): return handle(key)
        case .paste(let s): return insert(s)
        default: return .ignored
        }
    }

    public mutating func handle(_ key: Key) -> EditOutcome {
        switch key {
        case .char(let c): return insert(String(c))
        case .backspace, .ctrl("h"): return line.deleteBackward() ? .changed : .consumed
        case .delete, .ctrl("d"): return line.deleteForward() ? .changed : .consumed
        case .ctrl("w"): return line.deleteWordBackward() ? .changed : .consumed
        case .ctrl("u"): return line.deleteToStart() ? .changed : .consumed
        case .ctrl("k"): return line.deleteToEnd() ? .changed : .consumed
        case .left, .ctrl("b"): line.moveLeft(); return .consumed
        case .right, .ctrl("f"): line.moveRight(); return .consumed
        case .home, .ctrl("a"): line.cursor = 0; return .consumed
        case .end, .ctrl("e"): line.cursor = line.text.utf8.count; return .consumed
        default: return .ignored
        }
    }

    /// Inserts typed or pasted text at the cursor: newlines become spaces, and text past `maxLength` is dropped.
    @discardableResult
    public mutating func insert(_ s: String) -> EditOutcome {
        var clean = PasteCleaner.clean(s, tabWidth: 1, newlinesAs: " ")
        if let maxLength {
            let room = maxLength - line.text.count
            guard room > 0 else { return .consumed }
            if clean.count > room { clean = String(clean.prefix(room)) }
        }
        guard !clean.isEmpty else { return .consumed }
        line.insert(clean)
        return .changed
    }

    /// The first display column shown when the field is `width` cells wide: 0 while the cursor fits, otherwise
    /// the text scrolls so the cursor sits at the right edge (derived, so it needs no stored state).
    static func scrollStart(cursorColumn: Int, width: Int) -> Int {
        cursorColumn < width ? 0 : cursorColumn - (width - 1)
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard area.width > 0, area.height > 0 else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: theme.field)
        if line.text.isEmpty {
            if !placeholder.isEmpty {
                buffer.write(DisplayWidth.truncate(placeholder, to: area.width), x: area.x, y: area.y,
                             style: theme.field.merged(with: theme.hint), clip: row)
            }
            if focused { buffer.cursor = Point(x: area.x, y: area.y) }
            return
        }
        let cursorColumn = line.column
        let start = Self.scrollStart(cursorColumn: cursorColumn, width: area.width)
        var column = 0
        var hiddenAfter = false
        for ch in line.text {
            let w = DisplayWidth.of(ch)
            if column >= start, column + w <= start + area.width {
                buffer.write(String(ch), x: area.x + column - start, y: area.y, style: theme.field, clip: row)
            } else if w == 0, column > start, column <= start + area.width {
                buffer.write(String(ch), x: area.x + column - start, y: area.y, style: theme.field, clip: row)
            } else if column + w > start + area.width {
                hiddenAfter = true
                break
            }
            column += w
        }
        // Markers tell that text continues beyond the edges; they never cover the cursor.
        if start > 0, area.width > 1 {
            buffer.write("‹", x: area.x, y: area.y, style: theme.field.merged(with: theme.hint), clip: row)
        }
        if hiddenAfter, area.width > 1, cursorColumn - start != area.width - 1 {
            buffer.write("›", x: area.maxX - 1, y: area.y, style: theme.field.merged(with: theme.hint), clip: row)
        }
        if focused { buffer.cursor = Point(x: area.x + min(cursorColumn - start, area.width - 1), y: area.y) }
    }
}
