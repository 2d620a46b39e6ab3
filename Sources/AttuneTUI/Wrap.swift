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
    /// map a cursor. An empty line is one empty row.
    public static func rows(_ line: Substring, width: Int) -> [Range<String.Index>] {
        let width = max(1, width)
        var rows: [Range<String.Index>] = []
        var rowStart = line.startIndex
        var rowWidth = 0
        var breakAfterSpace: String.Index?
        var widthSinceBreak = 0
        var i = line.startIndex
        while i < line.endIndex {
            let ch = line[i]
            let next = line.index(after: i)
            let w = DisplayWidth.of(ch)
            if rowWidth + w > width, rowWidth > 0 {
                if ch == " " {
                    // A space that does not fit hangs at the end of the row and ends it.
                    rows.append(rowStart..<next)
                    rowStart = next; rowWidth = 0; breakAfterSpace = nil; widthSinceBreak = 0
                    i = next
                    continue
                }
                if let b = breakAfterSpace, b > rowStart {
                    rows.append(rowStart..<b)
                    rowStart = b; rowWidth = widthSinceBreak
                    if rowWidth + w > width {
                        rows.append(rowStart..<i)
                        rowStart = i; rowWidth = 0
                    }
                } else {
                    rows.append(rowStart..<i)
                    rowStart = i; rowWidth = 0
                }
                breakAfterSpace = nil; widthSinceBreak = 0
            }
            rowWidth += w
            widthSinceBreak += w
            if ch == " " { breakAfterSpace = next; widthSinceBreak = 0 }
            i = next
        }
        rows.append(rowStart..<line.endIndex)
        return rows
    }
}
