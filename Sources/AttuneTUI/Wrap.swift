/// Word wrapping by display width (CJK and emoji count two cells).
public enum Wrap {
    /// Wraps `text` to rows of at most `width` cells. Paragraphs split at newlines, words at spaces, and a word
    /// longer than a row is broken between grapheme clusters. Spaces at a break are dropped.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let p = paragraph.hasSuffix("\r") ? paragraph.dropLast() : paragraph
            for range in rows(p, width: width) {
                var row = p[range]
                while row.last == " " { row.removeLast() }
                out.append(String(row))
            }
        }
        return out
    }

    /// The rows of one line (no newlines inside) as ranges of `line`. Spaces stay at the end of the row they
    /// follow (one may hang past the edge), so the ranges cover the line without gaps — what an editor needs to
    /// map a cursor. An empty line is one empty row. Rows depend only on where wrapping starts, so wrapping from
    /// any row start gives the same following rows. Stops early after `maxRows` rows, or at the first row that
    /// ends after `stopAfter` (the row holding that index).
    public static func rows(_ line: Substring, width: Int, stopAfter: String.Index? = nil,
                            maxRows: Int = Int.max) -> [Range<String.Index>] {
        let width = max(1, width)
        var rows: [Range<String.Index>] = []
        func done(_ row: Range<String.Index>) -> Bool {
            rows.append(row)
            return rows.count >= maxRows || (stopAfter.map { row.upperBound > $0 } ?? false)
        }
        var rowStart = line.startIndex
        var rowWidth = 0
        var breakAfterSpace: String.Index?
        var widthSinceBreak = 0
        var i = line.startIndex
        while i < line.endIndex {
            let (next, w, isSpace) = step(line, i)
            if rowWidth + w > width, rowWidth > 0 {
                if isSpace {
                    // A space that does not fit hangs at the end of the row and ends it.
                    if done(rowStart..<next) { return rows }
                    rowStart = next; rowWidth = 0; breakAfterSpace = nil; widthSinceBreak = 0
                    i = next
                    continue
                }
                if let b = breakAfterSpace, b > rowStart {
                    if done(rowStart..<b) { return rows }
                    rowStart = b; rowWidth = widthSinceBreak
                    if rowWidth + w > width {
                        if done(rowStart..<i) { return rows }
                        rowStart = i; rowWidth = 0
                    }
                } else {
                    if done(rowStart..<i) { return rows }
                    rowStart = i; rowWidth = 0
                }
                breakAfterSpace = nil; widthSinceBreak = 0
            }
            rowWidth += w
            widthSinceBreak += w
            if isSpace { breakAfterSpace = next; widthSinceBreak = 0 }
            i = next
        }
        rows.append(rowStart..<line.endIndex)
        return rows
    }

    /// The grapheme cluster at `i`: where the next one starts, its width, and whether it is a space.
    /// An ASCII byte followed by another ASCII byte is a whole cluster (CR LF aside), which skips the
    /// grapheme-breaking machinery for most text.
    @inline(__always)
    static func step(_ line: Substring, _ i: String.Index) -> (next: String.Index, width: Int, isSpace: Bool) {
        let utf8 = line.utf8
        let byte = utf8[i]
        if byte < 0x80, byte != 0x0D {
            let n = utf8.index(after: i)
            if n == utf8.endIndex || utf8[n] < 0x80 {
                return (n, byte >= 0x20 && byte != 0x7F ? 1 : 0, byte == 0x20)
            }
        }
        let ch = line[i]
        return (line.index(after: i), DisplayWidth.of(ch), ch == " ")
    }
}
