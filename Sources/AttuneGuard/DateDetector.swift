/// Finds date elements other than the year: ISO dates, numeric dates with a year, "3/14" after a word such as
/// "on" or "since", and month names with a day ("March 3", "3rd of March 2024", "Mar. 3rd, 2024").
/// The session date itself is allowed; a year alone or a month alone is not a hit.
struct DateDetector {
    let text: ScanText
    let sessionDate: CalendarDay?

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    /// Words after which a bare "d/m" or "m/d" is read as a date rather than a score.
    private static let numericCues: Set<String> = ["on", "since", "until", "till", "from", "by", "before", "after",
                                                   "dated", "dob", "born", "birthday", "admitted", "discharged", "due"]
    static let reason = "looks like a date (only the year may stay)"

    func detect(into out: inout [Candidate]) {
        numericDates(into: &out)
        monthNameDates(into: &out)
    }

    private func isSession(year: Int?, month: Int, day: Int) -> Bool {
        guard let s = sessionDate else { return false }
        return s.month == month && s.day == day && (year == nil || year == s.year)
    }

    /// Records a date; the session date is recorded as suppressed so its digits are not read as a number.
    private func add(_ r: Range<Int>, allowed: Bool = false, into out: inout [Candidate]) {
        var c = Candidate(kind: .date, range: r, reason: DateDetector.reason, priority: Candidate.Priority.date)
        c.suppressed = allowed
        out.append(c)
    }

    // MARK: numeric

    private func readNumber(_ i: Int) -> (value: Int, digits: Int) {
        var j = i, v = 0
        while j < text.count, ByteClass.isDigit(text.bytes[j]), j - i < 5 { v = v * 10 + Int(text.bytes[j] - 48); j += 1 }
        return (v, j - i)
    }

    private func numericDates(into out: inout [Candidate]) {
        let b = text.bytes
        var i = 0
        while i < b.count {
            guard ByteClass.isDigit(b[i]), text.boundaryBefore(i), i == 0 || (b[i - 1] != 0x2F && b[i - 1] != 0x2E) else {
                i += 1; continue
            }
            if let end = numericDate(at: i, into: &out) { i = end } else { i += 1 }
        }
    }

    /// Tries the numeric forms at `i`; returns the end of a match (hit or allowed session date) to skip past it.
    private func numericDate(at i: Int, into out: inout [Candidate]) -> Int? {
        let b = text.bytes
        let first = readNumber(i)
        var j = i + first.digits
        guard j < b.count, b[j] == 0x2D || b[j] == 0x2F || b[j] == 0x2E else { return nil }
        let sep = b[j]
        j += 1
        let second = readNumber(j)
        guard (1...2).contains(second.digits) else { return nil }
        j += second.digits
        var third: (value: Int, digits: Int)? = nil
        if j < b.count, b[j] == sep, ByteClass.isDigit(text.byte(j + 1)) {
            let t = readNumber(j + 1)
            third = t
            j += 1 + t.digits
        }
        guard text.boundaryAfter(j), !(j < b.count && (b[j] == 0x2F || (b[j] == 0x2E && ByteClass.isDigit(text.byte(j + 1))))) else {
            return nil
        }
        if let third {
            if first.digits == 4, (1900...2099).contains(first.value), third.digits <= 2 {
                // YYYY-MM-DD, YYYY/MM/DD
                guard (1...12).contains(second.value), (1...31).contains(third.value) else { return nil }
                add(i..<j, allowed: isSession(year: first.value, month: second.value, day: third.value), into: &out)
                return j
            }
            guard first.digits <= 2, third.digits == 2 || third.digits == 4 else { return nil }
            let year = third.digits == 4 ? third.value : 2000 + third.value
            let a = first.value, c = second.value
            let monthFirst = (1...12).contains(a) && (1...31).contains(c)
            let dayFirst = (1...31).contains(a) && (1...12).contains(c)
            guard monthFirst || dayFirst else { return nil }
            let allowed = (monthFirst && isSession(year: year, month: a, day: c))
                || (dayFirst && isSession(year: year, month: c, day: a))
            add(i..<j, allowed: allowed, into: &out)
            return j
        }
        // Two parts: only "d/m" after a date word, so that "intensity 4/5" stays a score.
        guard sep == 0x2F, first.digits <= 2, precededByDateCue(i) else { return nil }
        let a = first.value, c = second.value
        let monthFirst = (1...12).contains(a) && (1...31).contains(c)
        let dayFirst = (1...31).contains(a) && (1...12).contains(c)
        guard monthFirst || dayFirst else { return nil }
        let allowed = (monthFirst && isSession(year: nil, month: a, day: c)) || (dayFirst && isSession(year: nil, month: c, day: a))
        add(i..<j, allowed: allowed, into: &out)
        return j
    }

    private func precededByDateCue(_ i: Int) -> Bool {
        let w = text.wordIndex(atOrAfter: i) - 1
        guard w >= 0, text.onlySpaces(text.words[w].end, i) || text.contextBefore(i, maxBytes: 2).hasSuffix(": ") else {
            return false
        }
        return DateDetector.numericCues.contains(text.words[w].base)
    }

    // MARK: month names

    private func monthNameDates(into out: inout [Candidate]) {
        let words = text.words
        for (w, word) in words.enumerated() {
            guard word.isCapitalised, !word.isPossessive, let month = DateDetector.months[word.base] else { continue }
            // A month word counts only with a day number next to it, which also keeps "May I…" out.
            var end = word.end
            if text.byte(end) == 0x2E { end += 1 }
            if let (day, dayEnd) = dayNumber(after: end) {
                var matchEnd = dayEnd
                var year: Int? = nil
                if let (y, yEnd) = yearNumber(after: dayEnd) { year = y; matchEnd = yEnd }
                add(word.start..<matchEnd, allowed: isSession(year: year, month: month, day: day), into: &out)
                continue
            }
            if let (day, dayStart) = dayNumber(before: word.start, wordIndex: w) {
                var matchEnd = word.end
                var year: Int? = nil
                if let (y, yEnd) = yearNumber(after: word.end) { year = y; matchEnd = yEnd }
                add(dayStart..<matchEnd, allowed: isSession(year: year, month: month, day: day), into: &out)
            }
        }
    }

    /// " 3", " 3rd", " 03" right after a month word; not a year (three or more digits), not a time ("3:30"),
    /// not a fraction or a decimal.
    private func dayNumber(after i: Int) -> (Int, Int)? {
        var j = i
        guard text.byte(j) == 0x20 else { return nil }
        j += 1
        let n = readNumber(j)
        guard (1...2).contains(n.digits), (1...31).contains(n.value) else { return nil }
        j += n.digits
        j = skipOrdinal(j)
        guard text.boundaryAfter(j), text.byte(j) != 0x3A, text.byte(j) != 0x2F,
              !(text.byte(j) == 0x2E && ByteClass.isDigit(text.byte(j + 1))) else { return nil }
        return (n.value, j)
    }

    /// "3 ", "3rd ", "3rd of ", "the 3rd of " right before a month word.
    private func dayNumber(before monthStart: Int, wordIndex w: Int) -> (Int, Int)? {
        var j = monthStart
        guard j > 0, text.byte(j - 1) == 0x20 else { return nil }
        j -= 1
        if w > 0, text.words[w - 1].base == "of", text.words[w - 1].end == j {
            j = text.words[w - 1].start
            guard j > 0, text.byte(j - 1) == 0x20 else { return nil }
            j -= 1
        }
        // Optional ordinal suffix, then the digits.
        var k = j
        if k >= 2, ByteClass.isASCIILetter(text.byte(k - 1)), ByteClass.isASCIILetter(text.byte(k - 2)) {
            let suffix = text.string((k - 2)..<k).lowercased()
            if ["st", "nd", "rd", "th"].contains(suffix) { k -= 2 }
        }
        var start = k
        while start > 0, ByteClass.isDigit(text.byte(start - 1)), k - start < 3 { start -= 1 }
        guard k - start >= 1, k - start <= 2, text.boundaryBefore(start), start == 0 || text.byte(start - 1) != 0x2F,
              let day = Int(text.string(start..<k)), (1...31).contains(day) else { return nil }
        return (day, start)
    }

    private func skipOrdinal(_ j: Int) -> Int {
        guard j + 1 < text.count else { return j }
        let s = String(decoding: [ByteClass.lower(text.byte(j)), ByteClass.lower(text.byte(j + 1))], as: UTF8.self)
        return ["st", "nd", "rd", "th"].contains(s) ? j + 2 : j
    }

    /// ", 2024" or " 2024" after a day.
    private func yearNumber(after i: Int) -> (Int, Int)? {
        var j = i
        if text.byte(j) == 0x2C { j += 1 }
        guard text.byte(j) == 0x20 else { return nil }
        j += 1
        let n = readNumber(j)
        guard n.digits == 4, (1800...2199).contains(n.value), text.boundaryAfter(j + 4) else { return nil }
        return (n.value, j + 4)
    }
}
