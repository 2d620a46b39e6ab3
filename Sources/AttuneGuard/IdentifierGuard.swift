import AttuneDomain
import Foundation

/// Scans free text for what the HIPAA Safe Harbor list (45 CFR 164.514(b)(2)) names as identifiers, so a
/// countertransference note can be checked on save. Pure and deterministic: no I/O, no clock, no locale.
///
/// Allowances: `allowedTerms` (the client code, declared pseudonyms, dismissed words) are never reported
/// wherever they appear; `allowedFingerprints` (from `GuardHit.fingerprint`) silence one dismissed hit everywhere.
public struct IdentifierGuard: Sendable {
    public let allowedTerms: [String]
    public let sessionDate: CalendarDay?
    public let allowedFingerprints: Set<String>
    private let allowedWords: Set<String>

    public init(allowedTerms: [String] = [], sessionDate: CalendarDay? = nil, allowedFingerprints: Set<String> = []) {
        self.allowedTerms = allowedTerms.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        self.sessionDate = sessionDate
        self.allowedFingerprints = allowedFingerprints
        // Each word of a multi-word pseudonym is safe on its own too ("Client Blue" → "blue").
        var words = Set<String>()
        for term in self.allowedTerms {
            words.insert(term.lowercased())
            for part in term.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }) { words.insert(String(part)) }
        }
        allowedWords = words
    }

    /// Convenience for the schema's `session_date` string (`YYYY-MM-DD`); an unreadable date allows no date.
    public init(allowedTerms: [String] = [], sessionDate: String, allowedFingerprints: Set<String> = []) {
        self.init(allowedTerms: allowedTerms, sessionDate: CalendarDay(iso: sessionDate),
                  allowedFingerprints: allowedFingerprints)
    }

    /// All hits in `text`, in text order, without overlaps, minus allowed terms and dismissed fingerprints.
    public func scan(_ text: String) -> [GuardHit] {
        guard !text.isEmpty else { return [] }
        let prepared = ScanText(text)
        let masked = allowedRanges(in: prepared)
        let kept = resolveOverlaps(candidates(in: prepared)).filter { c in !masked.contains { $0.overlaps(c.range) } }
        return HitLocator(text: text, prepared: prepared).hits(for: kept).filter {
            !allowedFingerprints.contains($0.fingerprint)
        }
    }

    /// Checks a client code: it must be a pseudonym or case code. A code that reads like a real name
    /// (two capitalised words, a known given name, an honorific) is one `.name` hit covering the whole code;
    /// codes holding a phone number, email, date etc. get those hits as usual. Allowed terms do not apply here
    /// (the code is usually one of them); dismissed fingerprints do.
    public func scanClientCode(_ code: String) -> [GuardHit] {
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        let bare = IdentifierGuard(allowedTerms: [], sessionDate: sessionDate, allowedFingerprints: [])
        let found = bare.scan(code)
        var hits = found.filter { $0.kind != .name }
        // "Client Blue" is a pseudonym even though "Client X" reads as a cue in prose: only a known given name
        // or an honorific inside a found name makes it one.
        let nameInside = found.contains { $0.kind == .name && ClientCodeCheck.holdsKnownName($0.text) }
        if ClientCodeCheck.looksLikeRealName(trimmed) || nameInside {
            let prepared = ScanText(code)
            let start = code.utf8.count - code.drop(while: { $0.isWhitespace }).utf8.count
            let range = start..<(start + trimmed.utf8.count)
            let whole = Candidate(kind: .name, range: range, reason: ClientCodeCheck.reason, priority: Candidate.Priority.email)
            hits = HitLocator(text: code, prepared: prepared).hits(for: [whole]) + hits.filter { !$0.utf8Range.overlaps(range) }
        }
        return hits.filter { !allowedFingerprints.contains($0.fingerprint) }
    }

    private func candidates(in text: ScanText) -> [Candidate] {
        var out: [Candidate] = []
        ChunkDetector(text: text).detect(into: &out)
        IDNumberDetector(text: text).detect(into: &out)
        PhoneDetector(text: text).detect(into: &out)
        DateDetector(text: text, sessionDate: sessionDate).detect(into: &out)
        AgeDetector(text: text).detect(into: &out)
        let allowed = allowedWords
        AddressDetector(text: text).detect(into: &out, isCommonWord: {
            CommonWords.all.contains($0) || allowed.contains($0)
        })
        NameDetector(text: text, allowedWords: allowedWords).detect(into: &out)
        return out
    }

    /// Byte ranges where an allowed term occurs as a whole word or phrase (ASCII case-insensitive).
    private func allowedRanges(in text: ScanText) -> [Range<Int>] {
        guard !allowedTerms.isEmpty else { return [] }
        let bytes = text.bytes
        var ranges: [Range<Int>] = []
        for term in allowedTerms {
            let needle = Array(term.utf8).map(ByteClass.lower)
            guard let first = needle.first, needle.count <= bytes.count else { continue }
            var i = 0
            while i + needle.count <= bytes.count {
                if ByteClass.lower(bytes[i]) == first,
                   bytes[i..<(i + needle.count)].lazy.map(ByteClass.lower).elementsEqual(needle),
                   text.boundaryBefore(i) || !ByteClass.isWordByte(first),
                   text.boundaryAfter(i + needle.count) || !ByteClass.isWordByte(needle.last!) {
                    ranges.append(i..<(i + needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return ranges
    }
}
