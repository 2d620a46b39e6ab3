/// Editing operations on one line of text, by grapheme cluster. The cursor is a UTF-8 offset: converting it to
/// an index is constant time on native strings, so a key press in a very long line costs no more than the edit.
struct LineEditing: Hashable, Sendable {
    var text: String
    /// UTF-8 offset of the cursor, always on a grapheme-cluster boundary.
    var cursor: Int

    init(text: String, cursor: Int? = nil) {
        self.text = text
        self.cursor = cursor ?? text.utf8.count
    }

    var index: String.Index { text.utf8.index(text.startIndex, offsetBy: cursor) }
    var atStart: Bool { cursor == 0 }
    var atEnd: Bool { cursor == text.utf8.count }

    func offset(_ i: String.Index) -> Int { text.utf8.distance(from: text.startIndex, to: i) }

    /// Moves a cursor that fell inside a cluster (typing `e` before a combining accent) to the cluster's end.
    mutating func snapToBoundary() {
        let i = index
        if i.samePosition(in: text) == nil { cursor = offset(text.index(after: i)) }
    }

    mutating func insert(_ s: String) {
        guard !s.isEmpty else { return }
        text.insert(contentsOf: s, at: index)
        cursor += s.utf8.count
        snapToBoundary()
    }

    @discardableResult mutating func deleteBackward() -> Bool {
        guard !atStart else { return false }
        let i = index
        let p = text.index(before: i)
        text.removeSubrange(p..<i)
        cursor = offset(p)
        return true
    }

    @discardableResult mutating func deleteForward() -> Bool {
        guard !atEnd else { return false }
        let i = index
        text.removeSubrange(i..<text.index(after: i))
        return true
    }

    @discardableResult mutating func moveLeft() -> Bool {
        guard !atStart else { return false }
        cursor = offset(text.index(before: index))
        return true
    }

    @discardableResult mutating func moveRight() -> Bool {
        guard !atEnd else { return false }
        cursor = offset(text.index(after: index))
        return true
    }

    /// Ctrl-W: deletes the spaces before the cursor, then the word before them.
    @discardableResult mutating func deleteWordBackward() -> Bool {
        guard !atStart else { return false }
        let end = index
        var i = end
        while i > text.startIndex, text[text.index(before: i)].isWhitespace { i = text.index(before: i) }
        while i > text.startIndex, !text[text.index(before: i)].isWhitespace { i = text.index(before: i) }
        text.removeSubrange(i..<end)
        cursor = offset(i)
        return true
    }

    /// Ctrl-U.
    @discardableResult mutating func deleteToStart() -> Bool {
        guard !atStart else { return false }
        text.removeSubrange(text.startIndex..<index)
        cursor = 0
        return true
    }

    /// Ctrl-K.
    @discardableResult mutating func deleteToEnd() -> Bool {
        guard !atEnd else { return false }
        text.removeSubrange(index...)
        return true
    }

    /// Number of grapheme clusters before the cursor.
    var graphemeOffset: Int { text.distance(from: text.startIndex, to: index) }

    /// Display width of the text before the cursor.
    var column: Int { DisplayWidth.of(String(text[..<index])) }
}

/// Cleans pasted or typed text: CR LF and CR become LF, tabs become spaces, other control characters are dropped.
enum PasteCleaner {
    static func clean(_ s: String, tabWidth: Int, newlinesAs replacement: String?) -> String {
        if isClean(s, keepingNewlines: replacement == nil) { return s }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.utf8.count)
        var previousWasCR = false
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x0A, previousWasCR { previousWasCR = false; continue }
            previousWasCR = v == 0x0D
            if v == 0x0A || v == 0x0D {
                if let replacement { out.append(contentsOf: replacement.unicodeScalars) } else { out.append("\n") }
            } else if v == 0x09 {
                out.append(contentsOf: String(repeating: " ", count: tabWidth).unicodeScalars)
            } else if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) {
                continue
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// True when nothing needs cleaning: a byte scan, so a large ordinary paste is not rebuilt scalar by scalar.
    static func isClean(_ s: String, keepingNewlines: Bool) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b < 0x20 {
                if !(keepingNewlines && b == 0x0A) { return false }
            } else if b == 0x7F || (previous == 0xC2 && b >= 0x80 && b < 0xA0) {
                return false  // DEL, or a C1 control (U+0080–U+009F, encoded C2 80–C2 9F)
            }
            previous = b
        }
        return true
    }
}

/// What a key did to an editing widget.
public enum EditOutcome: Hashable, Sendable {
    /// The text changed.
    case changed
    /// The key was used (cursor moved, or an edit had nothing to do).
    case consumed
    /// The key means nothing to the widget: the screen should handle it (Enter, Esc, Tab...).
    case ignored
}
