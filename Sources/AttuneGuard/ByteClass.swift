/// Byte-level character classes for UTF-8 text. ASCII is decided by table-free comparisons;
/// other scalars are decoded and asked for their Unicode properties.
enum ByteClass {
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isASCIILetter(c) }
    /// Letters, digits and any non-ASCII byte (treated as part of a word for boundary checks).
    static func isWordByte(_ c: UInt8) -> Bool { isAlnum(c) || c >= 0x80 }
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c | 0x20 : c }

    /// Decodes the scalar starting at `i`; returns nil for a malformed or truncated sequence.
    static func scalar(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int)? {
        guard i < b.count else { return nil }
        let c = b[i]
        if c < 0x80 { return (Unicode.Scalar(c), 1) }
        let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
        guard len > 1, i + len <= b.count else { return nil }
        var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
        for k in 1..<len { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        guard let s = Unicode.Scalar(v) else { return nil }
        return (s, len)
    }

    /// Whether the scalar at `i` is a letter (or a combining mark, which belongs to the letter before it),
    /// and how many bytes it takes.
    static func letter(_ b: [UInt8], _ i: Int) -> (Bool, Int) {
        guard i < b.count else { return (false, 0) }
        let c = b[i]
        if c < 0x80 { return (isASCIILetter(c), 1) }
        guard let (s, n) = scalar(b, i) else { return (false, 1) }
        let p = s.properties
        return (p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark, n)
    }

    /// Length of an in-word joiner at `i`: ' (1 byte), ’ (3 bytes) or - (1 byte); 0 when none.
    static func joinerLength(_ b: [UInt8], _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        if b[i] == 0x27 || b[i] == 0x2D { return 1 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// Start of the scalar containing byte `i` (steps back over continuation bytes).
    static func scalarStart(_ b: [UInt8], _ i: Int) -> Int {
        var j = i
        while j > 0, b[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }
}
