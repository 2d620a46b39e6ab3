/// Finds numbers introduced by a word that says what they are: "MRN 4471203", "account no. 88-1290",
/// "licence #PSY 22871", "SSN 123 45 6789", "member ID: XGH449210". The cue gives the reason.
struct IDNumberDetector {
    let text: ScanText

    /// Cue (lowercased, as words) → reason. Longer cues are listed before their prefixes.
    private static let cues: [(words: [String], reason: String)] = [
        (["social", "security"], "looks like a social security number"),
        (["ssn"], "looks like a social security number"),
        (["medical", "record"], "looks like a medical record number"),
        (["mrn"], "looks like a medical record number"),
        (["chart"], "looks like a medical record number"),
        (["record"], "looks like a record number"),
        (["health", "plan"], "looks like a health plan number"),
        (["medicare"], "looks like a health plan number"),
        (["medicaid"], "looks like a health plan number"),
        (["insurance"], "looks like a health plan number"),
        (["member"], "looks like a health plan number"),
        (["policy"], "looks like a health plan number"),
        (["beneficiary"], "looks like a health plan number"),
        (["account"], "looks like an account number"),
        (["acct"], "looks like an account number"),
        (["licence"], "looks like a licence or certificate number"),
        (["license"], "looks like a licence or certificate number"),
        (["certificate"], "looks like a licence or certificate number"),
        (["passport"], "looks like a licence or certificate number"),
        (["vin"], "looks like a vehicle identifier"),
        (["plate"], "looks like a vehicle identifier"),
        (["registration"], "looks like a vehicle or device identifier"),
        (["serial"], "looks like a device identifier"),
        (["device"], "looks like a device identifier"),
        (["claim"], "looks like an identifying number"),
        (["id"], "looks like an identifying number"),
    ]
    private static let cuesByFirstWord: [String: [(words: [String], reason: String)]] =
        Dictionary(grouping: cues, by: { $0.words[0] })

    /// Words allowed between the cue and the number.
    private static let fillers: Set<String> = ["number", "no", "num", "nr", "id", "is", "was", "code", "of", "the", "her",
                                               "his", "their", "card", "#"]

    func detect(into out: inout [Candidate]) {
        let words = text.words
        for (w, word) in words.enumerated() {
            guard text.digitSoon(after: word.end, within: 48),
                  let candidates = IDNumberDetector.cuesByFirstWord[word.base] else { continue }
            for cue in candidates {
                guard matches(cue.words, at: w) else { continue }
                let last = words[w + cue.words.count - 1]
                if let r = number(after: last.end) {
                    out.append(Candidate(kind: .idNumber, range: r, reason: cue.reason, priority: Candidate.Priority.cuedID))
                }
                break
            }
        }
    }

    private func matches(_ cue: [String], at w: Int) -> Bool {
        guard w + cue.count <= text.words.count else { return false }
        for (k, c) in cue.enumerated() where text.words[w + k].base != c { return false }
        return true
    }

    /// After the cue: skip up to three filler words and the punctuation ": # ." then read one identifier
    /// token of letters, digits and single dashes/spaces between digit groups, holding four or more digits.
    private func number(after pos: Int) -> Range<Int>? {
        let b = text.bytes
        var i = pos
        var fillersLeft = 3
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x3A || c == 0x23 || c == 0x2E || c == 0x2C || c == 0x09 { i += 1; continue }
            if ByteClass.isASCIILetter(c) {
                var j = i
                while j < b.count, ByteClass.isASCIILetter(b[j]) { j += 1 }
                let word = String(decoding: b[i..<j].map(ByteClass.lower), as: UTF8.self)
                if fillersLeft > 0, IDNumberDetector.fillers.contains(word), !(j < b.count && ByteClass.isDigit(b[j])) {
                    fillersLeft -= 1
                    i = j
                    continue
                }
            }
            break
        }
        guard i < b.count, ByteClass.isAlnum(b[i]), i - pos <= 24 else { return nil }
        let start = i
        var end = i
        var digits = 0
        while i < b.count {
            let c = b[i]
            if ByteClass.isAlnum(c) {
                if ByteClass.isDigit(c) { digits += 1 }
                i += 1
                end = i
                continue
            }
            // A dash or single space continues the token only when a digit follows ("123 45 6789", "88-1290").
            if (c == 0x2D || c == 0x20 || c == 0x2F), ByteClass.isDigit(text.byte(i + 1)), digits > 0 { i += 1; continue }
            break
        }
        guard digits >= 4, text.boundaryAfter(end) else { return nil }
        let token = text.string(start..<end)
        // A lone year after a cue ("policy 2024") is kept: Safe Harbor allows years.
        if digits == 4, token.count == 4, let y = Int(token), (1900...2099).contains(y) { return nil }
        return start..<end
    }
}
