/// Turns byte-range candidates into `GuardHit`s: String indices, matched text, 1-based line and a column
/// counted in characters (grapheme clusters), as a terminal user counts them.
struct HitLocator {
    let text: String
    let prepared: ScanText

    func hits(for candidates: [Candidate]) -> [GuardHit] {
        candidates.map { c in
            let utf8 = text.utf8
            let lo = utf8.index(utf8.startIndex, offsetBy: c.range.lowerBound)
            let hi = utf8.index(utf8.startIndex, offsetBy: c.range.upperBound)
            let line = lineIndex(of: c.range.lowerBound)
            let lineStart = utf8.index(utf8.startIndex, offsetBy: prepared.lineStarts[line])
            let column = text[lineStart..<lo].count + 1
            return GuardHit(kind: c.kind, text: String(text[lo..<hi]), line: line + 1, column: column, range: lo..<hi,
                            utf8Range: c.range, reason: c.reason)
        }
    }

    /// Binary search for the line holding byte `offset` (0-based).
    private func lineIndex(of offset: Int) -> Int {
        let starts = prepared.lineStarts
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
