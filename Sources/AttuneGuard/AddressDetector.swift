/// Finds street addresses ("1428 Elm Street", "22B Baker St., Apt 4"), PO boxes, towns named as where someone
/// lives ("lives in Springfield"), and ZIP/postal codes next to a state or after "ZIP"/"postcode".
struct AddressDetector {
    let text: ScanText

    static let streetSuffixes: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct",
        "place", "pl", "way", "terrace", "tce", "close", "crescent", "cres", "parkway", "pkwy", "highway", "hwy",
        "circle", "cir", "square", "sq", "trail", "grove", "parade", "row", "walk", "alley", "hill", "gardens",
    ]
    /// Full-word suffixes trusted without a house number ("lives on Elm Street").
    private static let strongSuffixes: Set<String> = ["street", "avenue", "road", "lane", "drive", "boulevard", "court",
                                                      "terrace", "crescent", "parkway", "highway"]
    private static let units: Set<String> = ["apt", "apartment", "unit", "suite", "flat"]
    private static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]
    /// Australian states take four-digit postcodes.
    private static let auStates: Set<String> = ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "ACT", "NT"]
    private static let placeCues: [[String]] = [["lives", "in"], ["living", "in"], ["moved", "to"], ["grew", "up", "in"],
                                                ["lives", "near"], ["hometown", "of"], ["town", "of"], ["suburb", "of"],
                                                ["lives", "at"]]
    private static let placeCueStarts = Set(placeCues.map { $0[0] })
    static let streetReason = "looks like a street address"
    static let placeReason = "names a town or place someone lives (smaller than a state)"
    static let zipReason = "looks like a ZIP or postal code"

    func detect(into out: inout [Candidate], isCommonWord: (String) -> Bool) {
        streets(into: &out)
        places(into: &out, isCommonWord: isCommonWord)
        zips(into: &out)
    }

    private func add(_ kind: GuardKind, _ r: Range<Int>, _ reason: String, _ p: Int, _ out: inout [Candidate]) {
        out.append(Candidate(kind: kind, range: r, reason: reason, priority: p))
    }

    // MARK: streets

    private func streets(into out: inout [Candidate]) {
        let words = text.words
        for (w, word) in words.enumerated() {
            guard word.isCapitalised, AddressDetector.streetSuffixes.contains(word.base), !word.isPossessive else { continue }
            // Walk back over 1–4 capitalised name words to a house number or a "lives on/at" cue.
            var k = w - 1
            var nameWords = 0
            while k >= 0, nameWords < 4, words[k].isCapitalised, text.onlySpaces(words[k].end, words[k + 1].start)
                    || (text.byte(words[k].end) == 0x2E && text.onlySpaces(words[k].end + 1, words[k + 1].start)) {
                nameWords += 1
                k -= 1
            }
            guard nameWords >= 1 else { continue }
            let firstName = words[k + 1]
            var start: Int? = nil
            if let n = houseNumberStart(before: firstName.start) {
                start = n
            } else if AddressDetector.strongSuffixes.contains(word.base), k >= 0,
                      ["on", "at", "off", "near"].contains(words[k].base), text.onlySpaces(words[k].end, firstName.start) {
                start = firstName.start
            }
            guard let s = start else { continue }
            var end = word.end
            if text.byte(end) == 0x2E, word.base.count <= 4 { end += 1 }
            end = unitSuffix(after: end) ?? end
            add(.address, s..<end, AddressDetector.streetReason, Candidate.Priority.address, &out)
        }
        poBoxes(into: &out)
    }

    /// "1428 ", "22B " before the street name.
    private func houseNumberStart(before i: Int) -> Int? {
        var j = i
        guard j > 0, text.byte(j - 1) == 0x20 else { return nil }
        j -= 1
        if j > 0, ByteClass.isUpper(text.byte(j - 1)), ByteClass.isDigit(text.byte(j - 2)) { j -= 1 }
        var s = j
        while s > 0, ByteClass.isDigit(text.byte(s - 1)), j - s < 6 { s -= 1 }
        guard j - s >= 1, j - s <= 5, text.boundaryBefore(s) else { return nil }
        return s
    }

    /// ", Apt 4B" / " Unit 12" after the street.
    private func unitSuffix(after i: Int) -> Int? {
        var j = i
        if text.byte(j) == 0x2C { j += 1 }
        guard text.byte(j) == 0x20 else { return nil }
        j += 1
        let w = text.wordIndex(atOrAfter: j)
        guard w < text.words.count, text.words[w].start == j, AddressDetector.units.contains(text.words[w].base) else {
            return nil
        }
        var k = text.words[w].end
        if text.byte(k) == 0x2E { k += 1 }
        while text.byte(k) == 0x20 || text.byte(k) == 0x23 { k += 1 }
        let numberStart = k
        while k < text.count, ByteClass.isAlnum(text.byte(k)) { k += 1 }
        return k > numberStart ? k : nil
    }

    private func poBoxes(into out: inout [Candidate]) {
        let words = text.words
        for (w, word) in words.enumerated() where word.base == "box" && w > 0 {
            let prev = words[w - 1]
            guard prev.base == "po" || prev.base == "o" else { continue }
            var start = prev.start
            if prev.base == "o", w > 1, words[w - 2].base == "p" { start = words[w - 2].start }
            var k = word.end
            while text.byte(k) == 0x20 { k += 1 }
            let digitsStart = k
            while k < text.count, ByteClass.isDigit(text.byte(k)) { k += 1 }
            if k > digitsStart { add(.address, start..<k, AddressDetector.streetReason, Candidate.Priority.address, &out) }
        }
    }

    // MARK: places

    private func places(into out: inout [Candidate], isCommonWord: (String) -> Bool) {
        let words = text.words
        for w in words.indices where w + 2 < words.count
            && (words[w + 1].isCapitalised || words[w + 2].isCapitalised || (w + 3 < words.count && words[w + 3].isCapitalised))
            && AddressDetector.placeCueStarts.contains(words[w].base) {
            for cue in AddressDetector.placeCues where w + cue.count < words.count {
                guard (0..<cue.count).allSatisfy({ words[w + $0].base == cue[$0] }) else { continue }
                var k = w + cue.count
                let start = words[k].start
                guard text.onlySpaces(words[k - 1].end, start) else { break }
                var end = start
                while k < words.count, k < w + cue.count + 3, words[k].isCapitalised, !words[k].isAllCaps,
                      !isCommonWord(words[k].base), end == start || text.onlySpaces(end, words[k].start) {
                    end = words[k].end
                    k += 1
                }
                if end > start { add(.address, start..<end, AddressDetector.placeReason, Candidate.Priority.address, &out) }
                break
            }
        }
    }

    // MARK: ZIP and postal codes

    private func zips(into out: inout [Candidate]) {
        let b = text.bytes
        var i = 0
        while i < b.count {
            guard ByteClass.isDigit(b[i]), text.boundaryBefore(i) else { i += 1; continue }
            var j = i
            while j < b.count, ByteClass.isDigit(b[j]) { j += 1 }
            defer { i = max(j, i + 1) }
            let n = j - i
            var end = j
            if n == 5, text.byte(j) == 0x2D, (1...4).allSatisfy({ ByteClass.isDigit(text.byte(j + $0)) }),
               text.boundaryAfter(j + 5) {
                end = j + 5 // ZIP+4 stands on its own
                add(.zip, i..<end, AddressDetector.zipReason, Candidate.Priority.zip, &out)
                continue
            }
            guard text.boundaryAfter(j), n == 5 || n == 4 else { continue }
            let before = text.contextBefore(i, maxBytes: 16)
            let cued = ["zip ", "zip: ", "zip code ", "zip code: ", "zipcode ", "postcode ", "postcode: ",
                        "postal code ", "postal code: "].contains(where: { before.hasSuffix($0) })
            let state = stateBefore(i)
            let usState = state.map { AddressDetector.usStates.contains($0) } ?? false
            let auState = state.map { AddressDetector.auStates.contains($0) } ?? false
            // Four digits after an Australian state, unless they read as a recent year ("ACT 2021" is a therapy).
            let yearLike = n == 4 && (1950...2039).contains(Int(text.string(i..<j)) ?? 0)
            if (n == 5 && (cued || usState)) || (n == 4 && ((auState && !yearLike) || cued)) {
                add(.zip, i..<end, AddressDetector.zipReason, Candidate.Priority.zip, &out)
            }
        }
        ukPostcodes(into: &out)
    }

    /// The uppercase word right before a code, as in "Portland, OR 97201" or "Sydney NSW 2000".
    private func stateBefore(_ i: Int) -> String? {
        var j = i
        guard j > 0, text.byte(j - 1) == 0x20 else { return nil }
        j -= 1
        var s = j
        while s > 0, ByteClass.isUpper(text.byte(s - 1)) { s -= 1 }
        guard (2...3).contains(j - s), text.boundaryBefore(s) else { return nil }
        return text.string(s..<j)
    }

    /// UK: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA.
    private func ukPostcodes(into out: inout [Candidate]) {
        let b = text.bytes
        var i = 0
        while i + 5 < b.count {
            guard ByteClass.isUpper(b[i]), text.boundaryBefore(i) else { i += 1; continue }
            var j = i
            while j < b.count, ByteClass.isUpper(b[j]) || ByteClass.isDigit(b[j]), j - i < 5 { j += 1 }
            let outward = Array(b[i..<j])
            guard (2...4).contains(outward.count), ByteClass.isUpper(outward[0]), outward.contains(where: ByteClass.isDigit),
                  !ByteClass.isDigit(outward[0]), text.byte(j) == 0x20,
                  ByteClass.isDigit(text.byte(j + 1)), ByteClass.isUpper(text.byte(j + 2)), ByteClass.isUpper(text.byte(j + 3)),
                  text.boundaryAfter(j + 4) else { i = max(j, i + 1); continue }
            // Outward code: one or two letters, then a digit, then an optional digit or letter.
            let letters = outward.prefix(while: ByteClass.isUpper).count
            guard (1...2).contains(letters), ByteClass.isDigit(outward[letters]) else { i = j; continue }
            add(.zip, i..<(j + 4), AddressDetector.zipReason, Candidate.Priority.zip, &out)
            i = j + 4
        }
    }
}
