/// Finds telephone and fax numbers: 10–15 digits in plausible groups ("(503) 555-0142", "+44 20 7946 0958",
/// "0412 345 678") or a 7-digit local number written 3-4 ("555-0142"). A number within a few words after "fax"
/// is a fax number.
struct PhoneDetector {
    let text: ScanText

    func detect(into out: inout [Candidate]) {
        let b = text.bytes
        var i = 0
        while i < b.count {
            let c = b[i]
            let startsNumber = ByteClass.isDigit(c) || ((c == 0x2B || c == 0x28) && ByteClass.isDigit(text.byte(i + 1)))
            guard startsNumber, startAllowed(i) else { i += 1; continue }
            if let (range, groups) = parse(from: i), accept(range, groups) {
                let isFax = text.contextBefore(range.lowerBound, maxBytes: 24).contains("fax")
                out.append(Candidate(kind: isFax ? .fax : .phone, range: range,
                                     reason: isFax ? "looks like a fax number" : "looks like a phone number",
                                     priority: Candidate.Priority.phone))
                i = range.upperBound
            } else {
                // Skip the rest of this digit run so "1234567890123456" is not retried at every offset.
                let from = i
                while i < b.count, ByteClass.isAlnum(b[i]) { i += 1 }
                if i == from { i += 1 }
            }
        }
    }

    /// Not glued to a word, a decimal point, a slash or a dash before it.
    private func startAllowed(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = text.bytes[i - 1]
        return !ByteClass.isWordByte(p) && p != 0x2E && p != 0x2F && p != 0x2D && p != 0x3A && p != 0x2B
    }

    /// Digit groups separated by one of space, '-', '.', or parentheses around an area code. The match ends
    /// after the last digit (or the closing parenthesis of a trailing group), never on a separator.
    private func parse(from start: Int) -> (Range<Int>, [Int])? {
        let b = text.bytes
        var i = start
        var groups: [Int] = []
        var current = 0
        var open = false
        var end = start
        if b[i] == 0x2B { i += 1 }
        while i < b.count {
            let c = b[i]
            if ByteClass.isDigit(c) { current += 1; i += 1; end = i; continue }
            if c == 0x28, current == 0, !open, ByteClass.isDigit(text.byte(i + 1)) { open = true; i += 1; continue }
            if c == 0x29, open, current > 0 {
                open = false
                groups.append(current); current = 0
                i += 1
                end = i
                if i < b.count, b[i] == 0x20 || b[i] == 0x2D { i += 1 }
                continue
            }
            let next = text.byte(i + 1)
            if (c == 0x20 || c == 0x2D || c == 0x2E), current > 0,
               ByteClass.isDigit(next) || (next == 0x28 && ByteClass.isDigit(text.byte(i + 2))) {
                groups.append(current); current = 0
                i += 1
                continue
            }
            break
        }
        if current > 0 { groups.append(current) }
        guard !open, !groups.isEmpty, text.boundaryAfter(end) else { return nil }
        // A following "/" or "%" means a fraction or a percentage: not a phone number.
        if end < b.count, b[end] == 0x2F || b[end] == 0x25 { return nil }
        return (start..<end, groups)
    }

    private func accept(_ r: Range<Int>, _ groups: [Int]) -> Bool {
        let digits = groups.reduce(0, +)
        let b = text.bytes
        if digits == 7, groups == [3, 4] {
            let sep = b[r.lowerBound + 3]
            return sep == 0x2D || sep == 0x2E
        }
        guard (10...15).contains(digits), groups.count <= 6 else { return false }
        if groups.count == 1 { return true }
        let plus = b[r.lowerBound] == 0x2B
        // Plausible groups: all but a leading country code have 2+ digits and the last has 3+,
        // which rules out runs of small scores such as "12 14 15 13 16".
        for (k, g) in groups.enumerated() where g < 2 && !(k == 0 && (plus || g == 1)) { return false }
        return groups.last! >= 3
    }
}
