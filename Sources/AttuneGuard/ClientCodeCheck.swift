/// Whether a client code reads like a real person's name rather than a pseudonym or case code.
enum ClientCodeCheck {
    static let reason = "client codes must be a pseudonym or case code"

    static func looksLikeRealName(_ code: String) -> Bool {
        let words = code.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty, words.count <= 4 else { return false }
        let nameShaped = words.allSatisfy { w in
            guard let first = w.unicodeScalars.first, first.properties.isUppercase else { return false }
            let letters = w.unicodeScalars.filter { $0.properties.isAlphabetic }
            return letters.count >= 2 && !letters.allSatisfy { $0.properties.isUppercase }
                && w.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "'-.\u{2019}".unicodeScalars.contains($0) }
        }
        guard nameShaped else { return false }
        let bases = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        if words.count >= 2 {
            // "Maria Lopez", "Mr Okafor"; a code built from ordinary words ("Client Blue") is a pseudonym.
            return bases.contains { GivenNames.all.contains($0) || GivenNames.wordLike.contains($0) || isHonorific($0) }
                || bases.allSatisfy { !CommonWords.all.contains($0) }
        }
        return GivenNames.all.contains(bases[0])
    }

    /// True when a word of `text` is a known given name (not an ordinary word) or an honorific.
    static func holdsKnownName(_ text: String) -> Bool {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
            GivenNames.all.contains(String($0)) || isHonorific(String($0))
        }
    }

    private static func isHonorific(_ w: String) -> Bool { ["mr", "mrs", "ms", "miss", "mx", "dr"].contains(w) }
}
