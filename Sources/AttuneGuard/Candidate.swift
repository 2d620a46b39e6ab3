/// A possible hit before overlaps are resolved. Higher priority wins an overlap; a longer match breaks ties.
struct Candidate {
    let kind: GuardKind
    let range: Range<Int>
    let reason: String
    let priority: Int
    /// Claims its range without reporting it (the session date): beats weaker overlapping candidates, then is dropped.
    var suppressed = false

    /// Priorities: the more specific the pattern, the higher (an email's digits are not a phone number).
    enum Priority {
        static let email = 100, url = 95, ip = 90, cuedID = 85, date = 80, phone = 75, address = 70, zip = 65
        static let age = 60, bareID = 55, name = 50
    }
}

/// Keeps the best of overlapping candidates, returned in text order.
func resolveOverlaps(_ candidates: [Candidate]) -> [Candidate] {
    let ranked = candidates.sorted {
        $0.priority != $1.priority ? $0.priority > $1.priority
            : $0.range.count != $1.range.count ? $0.range.count > $1.range.count : $0.range.lowerBound < $1.range.lowerBound
    }
    var kept: [Candidate] = []
    for c in ranked where !kept.contains(where: { $0.range.overlaps(c.range) }) { kept.append(c) }
    return kept.filter { !$0.suppressed }.sorted { $0.range.lowerBound < $1.range.lowerBound }
}
