/// A word made of letters (with inner apostrophes or hyphens), as found by `ScanText`.
struct WordToken {
    let start: Int
    let end: Int
    /// Lowercased, with a possessive ending ('s, ’s, s') removed.
    let base: String
    let letterCount: Int
    let isCapitalised: Bool
    /// Two or more letters, all uppercase: an acronym (CBT, PHQ) rather than a name.
    let isAllCaps: Bool
    let isPossessive: Bool
    /// First word of a sentence, heading, list item or line.
    let atSentenceStart: Bool
}

/// A text prepared once for all detectors: its UTF-8 bytes, its words and where its lines start.
/// Detectors work on byte offsets; only hits are converted back to String indices and columns.
struct ScanText {
    let bytes: [UInt8]
    let words: [WordToken]
    /// Byte offset of the first byte of each line.
    let lineStarts: [Int]
    /// For each byte offset, the offset of the next ASCII digit at or after it (count when none).
    private let nextDigit: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
        var next = [Int](repeating: bytes.count, count: bytes.count + 1)
        var k = bytes.count - 1
        while k >= 0 { next[k] = ByteClass.isDigit(bytes[k]) ? k : next[k + 1]; k -= 1 }
        nextDigit = next
        words = ScanText.tokenize(bytes)
    }

    var count: Int { bytes.count }

    /// Whether a digit occurs in `from ..< from + within` (cheap pre-check for detectors keyed on numbers).
    func digitSoon(after from: Int, within: Int) -> Bool { from <= count && nextDigit[from] < from + within }

    func byte(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

    func string(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    /// Lowercased ASCII of up to `maxBytes` before `i`, stopping at a line break.
    func contextBefore(_ i: Int, maxBytes: Int) -> String {
        var j = i
        while j > 0, i - j < maxBytes, bytes[j - 1] != 0x0A { j -= 1 }
        return String(decoding: bytes[j..<i].map { ByteClass.lower($0) }, as: UTF8.self)
    }

    /// Lowercased ASCII of up to `maxBytes` after `i`, stopping at a line break.
    func contextAfter(_ i: Int, maxBytes: Int) -> String {
        var j = i
        while j < bytes.count, j - i < maxBytes, bytes[j] != 0x0A { j += 1 }
        return String(decoding: bytes[i..<j].map { ByteClass.lower($0) }, as: UTF8.self)
    }

    /// True when no letter or digit touches position `i` from the left.
    func boundaryBefore(_ i: Int) -> Bool { i == 0 || !ByteClass.isWordByte(bytes[i - 1]) }
    /// True when no letter or digit touches position `i` (exclusive end) from the right.
    func boundaryAfter(_ i: Int) -> Bool { i >= bytes.count || !ByteClass.isWordByte(bytes[i]) }

    /// Index of the first word starting at or after byte `offset`.
    func wordIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// True when only spaces or tabs lie between two offsets.
    func onlySpaces(_ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        for i in from..<to where bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
        return true
    }

    // MARK: - tokenizing

    private static func tokenize(_ b: [UInt8]) -> [WordToken] {
        var result: [WordToken] = []
        result.reserveCapacity(b.count / 5)
        var i = 0
        while i < b.count {
            let (isLetter, len) = ByteClass.letter(b, i)
            guard isLetter else { i += max(len, 1); continue }
            let start = i
            i += len
            while i < b.count {
                let (l, n) = ByteClass.letter(b, i)
                if l { i += n; continue }
                // Inner apostrophe or hyphen followed by a letter stays in the word: O'Brien, Mary-Jane.
                let joinLen = ByteClass.joinerLength(b, i)
                if joinLen > 0, ByteClass.letter(b, i + joinLen).0 { i += joinLen; continue }
                break
            }
            // Trailing possessive apostrophe: "James'" — keep it in the word.
            var end = i
            let joinLen = ByteClass.joinerLength(b, end)
            if joinLen > 0, b[end] != 0x2D, end > start, b[end - 1] == 0x73 || b[end - 1] == 0x53 {
                end += joinLen
            }
            i = end
            result.append(makeToken(b, start, end))
        }
        return result
    }

    private static func makeToken(_ b: [UInt8], _ start: Int, _ end: Int) -> WordToken {
        let slice = b[start..<end]
        var lower: String
        var capitalised: Bool
        var allCaps: Bool
        var letterCount = 0
        var upper = 0
        var ascii = true
        for c in slice {
            if c >= 0x80 { ascii = false; break }
            if ByteClass.isASCIILetter(c) {
                letterCount += 1
                if ByteClass.isUpper(c) { upper += 1 }
            }
        }
        if ascii {
            // ASCII fast path: no Unicode tables, no Foundation, one small string.
            lower = String(unsafeUninitializedCapacity: slice.count) { buffer in
                for (k, c) in slice.enumerated() { buffer[k] = ByteClass.lower(c) }
                return slice.count
            }
            capitalised = ByteClass.isUpper(b[start])
            allCaps = letterCount >= 2 && upper == letterCount
        } else {
            let text = String(decoding: slice, as: UTF8.self)
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            letterCount = letters.count
            lower = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            capitalised = text.unicodeScalars.first!.properties.isUppercase
            allCaps = letterCount >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        }
        var possessive = false
        if lower.hasSuffix("'s") { lower.removeLast(2); possessive = true } else if lower.hasSuffix("s'") {
            lower.removeLast(1); possessive = true
        }
        return WordToken(start: start, end: end, base: lower, letterCount: letterCount,
                         isCapitalised: capitalised, isAllCaps: allCaps, isPossessive: possessive,
                         atSentenceStart: sentenceStarts(b, start))
    }

    /// Walks left over spaces, quotes, brackets and list/heading markers; a sentence starts after
    /// . ! ? : a line break, or the start of the text.
    private static func sentenceStarts(_ b: [UInt8], _ start: Int) -> Bool {
        var j = start - 1
        var sawSpace = false
        while j >= 0 {
            let c = b[j]
            switch c {
            case 0x0A: return true
            case 0x2E, 0x21, 0x3F, 0x3A: return sawSpace || j == start - 1 && c != 0x2E
            case 0x20, 0x09: sawSpace = true
            case 0x22, 0x27, 0x28, 0x5B, 0x2A, 0x5F, 0x23, 0x3E, 0x2D, 0x2B, 0x60: break
            case 0x30...0x39 where sawSpace: break // "1. " list numbers
            case 0x80...0xFF:
                // Curly quotes and dashes (multi-byte punctuation) are skipped like their ASCII cousins.
                if ByteClass.letter(b, ByteClass.scalarStart(b, j)).0 { return false }
                j = ByteClass.scalarStart(b, j)
            default: return false
            }
            j -= 1
        }
        return true
    }
}
