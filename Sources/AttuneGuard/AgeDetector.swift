/// Finds ages over 89 (Safe Harbor keeps ages up to 89 and folds the rest into "90 or older"):
/// "92-year-old", "93 years old", "aged 95", "age: 101", "turned 90", "in her nineties", "in his 90s".
/// The hit is the number or age word itself, so "[90+]" can replace it inside the phrase.
struct AgeDetector {
    let text: ScanText
    static let reason = "an age over 89 is an identifier (Safe Harbor allows only \"90 or older\")"

    private static let before: [String] = ["aged ", "age ", "age: ", "age of ", "turned ", "turning ", "turns "]
    private static let after: [String] = ["-year-old", " year old", " years old", "-years-old", " year-old",
                                          " yo ", " yo.", " yo,", "yo ", " y/o", " y.o.", " years of age", "-yo"]
    private static let words: Set<String> = ["nineties", "90s", "nonagenarian", "centenarian", "hundreds"]
    private static let tens: Set<String> = ["ninety", "hundred"]

    func detect(into out: inout [Candidate]) {
        numericAges(into: &out)
        wordAges(into: &out)
    }

    private func numericAges(into out: inout [Candidate]) {
        let b = text.bytes
        var i = 0
        while i < b.count {
            guard ByteClass.isDigit(b[i]), text.boundaryBefore(i) else { i += 1; continue }
            var j = i, v = 0
            while j < b.count, ByteClass.isDigit(b[j]), j - i < 4 { v = v * 10 + Int(b[j] - 48); j += 1 }
            defer { i = j }
            guard (90...125).contains(v), j - i <= 3 else { continue }
            let next = text.byte(j)
            // "in her 90s"
            if next == 0x73, text.boundaryAfter(j + 1), text.contextBefore(i, maxBytes: 12).range(of: #"in (her|his|their|the) $"#,
                options: .regularExpression) != nil {
                out.append(Candidate(kind: .age, range: i..<(j + 1), reason: AgeDetector.reason, priority: Candidate.Priority.age))
                continue
            }
            guard text.boundaryAfter(j) else { continue }
            let ahead = text.contextAfter(j, maxBytes: 16) + " "
            let behind = text.contextBefore(i, maxBytes: 10)
            if AgeDetector.after.contains(where: { ahead.hasPrefix($0) }) || AgeDetector.before.contains(where: { behind.hasSuffix($0) }) {
                out.append(Candidate(kind: .age, range: i..<j, reason: AgeDetector.reason, priority: Candidate.Priority.age))
            }
        }
    }

    /// "ninety-two-year-old", "in her nineties", "a nonagenarian".
    private func wordAges(into out: inout [Candidate]) {
        let words = text.words
        for (w, word) in words.enumerated() {
            // Every age word starts with n, h, c or 9; skip the rest before hashing.
            guard let first = word.base.utf8.first, first == 0x6E || first == 0x68 || first == 0x63 || first == 0x39 else {
                continue
            }
            if AgeDetector.words.contains(word.base) {
                let ctx = text.contextBefore(word.start, maxBytes: 12)
                if word.base.hasSuffix("arian") || ctx.hasSuffix("her ") || ctx.hasSuffix("his ") || ctx.hasSuffix("their ") {
                    out.append(Candidate(kind: .age, range: word.start..<word.end, reason: AgeDetector.reason,
                                         priority: Candidate.Priority.age))
                }
                continue
            }
            guard word.base.hasPrefix("ninety") || word.base.hasPrefix("hundred") else { continue }
            let parts = word.base.split(separator: "-")
            guard let head = parts.first, AgeDetector.tens.contains(String(head)) else { continue }
            // Number words end where "year" starts: "ninety-two-year-old" keeps "ninety-two".
            let yearAt = parts.firstIndex(of: "year") ?? parts.firstIndex(of: "years")
            let numberParts = yearAt.map { Array(parts[..<$0]) } ?? parts.map { $0 }
            let numberText = numberParts.joined(separator: "-")
            let hasYear = yearAt != nil || (w + 1 < words.count && ["year", "years"].contains(words[w + 1].base))
            let ctx = text.contextBefore(word.start, maxBytes: 10)
            guard hasYear || AgeDetector.before.contains(where: { ctx.hasSuffix($0) }) else { continue }
            let end = word.start + numberText.utf8.count
            out.append(Candidate(kind: .age, range: word.start..<end, reason: AgeDetector.reason, priority: Candidate.Priority.age))
        }
    }
}
