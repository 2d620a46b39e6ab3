/// Finds personal names. Clinical notes are full of capitalised words that are not names, so a capitalised word
/// counts only with evidence: an honorific before it (Mr, Dr…), a cue ("named", "called", "her husband"),
/// membership of the given-name list, a second capitalised word beside it mid-sentence, or a possessive.
struct NameDetector {
    let text: ScanText
    /// Lowercased words the writer declared safe (pseudonyms, case codes, dismissed words).
    let allowedWords: Set<String>

    static let reason = "looks like a personal name"
    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sr", "fr"]
    private static let cueWords: Set<String> = ["named", "called", "nicknamed", "aka"]
    /// Relations after which a capitalised word is taken for a name: "her husband Tom", "my supervisor, Anne,".
    private static let relations: Set<String> = [
        "husband", "wife", "partner", "spouse", "son", "daughter", "mother", "father", "mum", "mom", "dad", "brother",
        "sister", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "friend", "boss", "grandson",
        "granddaughter", "grandmother", "grandfather", "grandma", "grandpa", "uncle", "aunt", "auntie", "cousin",
        "niece", "nephew", "child", "stepfather", "stepmother", "stepson", "stepdaughter", "ex", "ex-husband",
        "ex-wife", "ex-partner", "colleague", "coworker", "co-worker", "teacher", "roommate", "flatmate", "neighbour",
        "neighbor", "client", "patient", "baby", "toddler", "stepdad", "stepmum", "stepmom", "carer", "caregiver",
    ]

    /// Nouns for people (and pets, whose names often double as family names) before "named"/"called".
    private static let personWords: Set<String> = [
        "man", "woman", "boy", "girl", "guy", "person", "someone", "somebody", "lady", "kid", "student", "classmate",
        "doctor", "nurse", "therapist", "worker", "manager", "dog", "cat", "puppy", "kitten", "pet",
        "people", "men", "women", "girls", "boys", "friends", "mate",
    ]

    private func isCommon(_ w: WordToken) -> Bool { CommonWords.all.contains(w.base) }
    private func isAllowed(_ w: WordToken) -> Bool {
        !allowedWords.isEmpty && (allowedWords.contains(w.base) || (w.isPossessive && allowedWords.contains(w.base + "'s")))
    }

    /// A capitalised word of two or more letters that is not an acronym.
    private func isCandidate(_ w: WordToken) -> Bool {
        w.isCapitalised && !w.isAllCaps && w.letterCount >= 2 && !isAllowed(w)
    }

    /// Words `a` and `b` are neighbours on one line separated by a single space (or ", " when `comma`).
    private func adjacent(_ a: WordToken, _ b: WordToken, comma: Bool = false) -> Bool {
        let gap = b.start - a.end
        if gap == 1 { return text.byte(a.end) == 0x20 }
        if comma, gap == 2 { return text.byte(a.end) == 0x2C && text.byte(a.end + 1) == 0x20 }
        // "Dr. Alvarez"
        return gap == 2 && text.byte(a.end) == 0x2E && text.byte(a.end + 1) == 0x20
            && NameDetector.honorifics.contains(a.base)
    }

    func detect(into out: inout [Candidate]) {
        let words = text.words
        var w = 0
        while w < words.count {
            let word = words[w]
            guard isCandidate(word), let start = nameStart(at: w) else { w += 1; continue }
            // Extend over a following surname or two: "Maria Lopez", "Dr Ana Sousa".
            var last = w
            while last + 1 < words.count, last - w < 2, !words[last].isPossessive, isCandidate(words[last + 1]),
                  !isCommon(words[last + 1]) || CommonWords.citedSurnames.contains(words[last + 1].base),
                  adjacent(words[last], words[last + 1]) {
                last += 1
            }
            out.append(Candidate(kind: .name, range: start..<nameEnd(words[last]), reason: NameDetector.reason,
                                 priority: Candidate.Priority.name))
            w = last + 1
        }
    }

    /// Where the name starting at word `w` begins (its honorific, if any), or nil when `w` is not a name.
    private func nameStart(at w: Int) -> Int? {
        let words = text.words
        let word = words[w]
        let common = isCommon(word)
        let given = GivenNames.all.contains(word.base)
        let wordLike = GivenNames.wordLike.contains(word.base)
        // "St Vincent's", "Saint Mary's": a saint's name names a place or an institution.
        if w > 0, ["st", "saint", "ste"].contains(words[w - 1].base), words[w - 1].isCapitalised,
           words[w - 1].end + 2 >= word.start {
            return nil
        }
        if w > 0, adjacent(words[w - 1], word) || adjacent(words[w - 1], word, comma: true) {
            let prev = words[w - 1]
            if NameDetector.honorifics.contains(prev.base), prev.isCapitalised, !NameDetector.honorifics.contains(word.base) {
                return prev.start
            }
            if cueBefore(w), !common || given || wordLike { return word.start }
        }
        let next = w + 1 < words.count && isCandidate(words[w + 1]) && adjacent(word, words[w + 1]) ? words[w + 1] : nil
        // A cited author ("Carl Rogers", "Marsha Linehan") is not a client.
        if let next, CommonWords.citedAuthors.contains(word.base + " " + next.base) { return nil }
        if given, !common { return word.start }
        if common { return nil }
        // Two capitalised words in a row where one is a known given name: "Jordan Blake", "Grace Okafor".
        // Unknown pairs are usually services, titles and conditions ("Mental Health", "Clinical Lead").
        if let next, !word.isPossessive {
            let nextIsName = GivenNames.all.contains(next.base) || GivenNames.wordLike.contains(next.base)
            if (wordLike || nextIsName) && !isCommon(next) { return word.start }
        }
        // A possessive of an unknown capitalised word, unless a title follows ("Grey's Anatomy").
        if word.isPossessive, next == nil || !(w + 1 < words.count && words[w + 1].isCapitalised) { return word.start }
        return nil
    }

    /// A lowercase relation word ("her husband Tom"), "named"/"called" after a person word or before a known name
    /// (handled by the caller), "known as", "name is".
    private func cueBefore(_ w: Int) -> Bool {
        let words = text.words
        let prev = words[w - 1]
        if NameDetector.relations.contains(prev.base) { return !prev.isCapitalised }
        if w > 1, prev.base == "as", words[w - 2].base == "known" { return true }
        if w > 1, prev.base == "is", words[w - 2].base == "name" { return true }
        guard NameDetector.cueWords.contains(prev.base) else { return false }
        // "a friend named Bexley" / "a woman called Ines"; "a playlist called Rainy Days" is a title.
        if GivenNames.all.contains(words[w].base) || GivenNames.wordLike.contains(words[w].base) { return true }
        guard w > 1 else { return false }
        let before = words[w - 2].base
        return NameDetector.relations.contains(before) || NameDetector.personWords.contains(before)
    }

    /// End of the name without a possessive ending, so "[name]'s" reads naturally.
    private func nameEnd(_ w: WordToken) -> Int {
        guard w.isPossessive else { return w.end }
        // Endings: 's (2 bytes), ’s (4 bytes), or a bare ' / ’ after s (James', James’).
        if text.byte(w.end - 1) == 0x27 { return w.end - 1 }
        if text.byte(w.end - 1) == 0x99, text.byte(w.end - 3) == 0xE2 { return w.end - 3 }
        if text.byte(w.end - 2) == 0x27 { return w.end - 2 }
        return w.end - 4
    }
}
