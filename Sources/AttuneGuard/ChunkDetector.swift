/// Finds identifiers that never contain a space: email addresses, URLs, IPv4/IPv6 addresses,
/// social security numbers and bare identifying numbers. Works on whitespace-separated chunks,
/// trimmed of surrounding punctuation.
struct ChunkDetector {
    let text: ScanText

    func detect(into out: inout [Candidate]) {
        let b = text.bytes
        var i = 0
        while i < b.count {
            while i < b.count, ByteClass.isSpace(b[i]) { i += 1 }
            let start = i
            while i < b.count, !ByteClass.isSpace(b[i]) { i += 1 }
            if i > start { examine(trim(start..<i), into: &out) }
        }
    }

    /// Opening punctuation peeled off a chunk: ( " ' [ < { * _ `
    private static func isLeading(_ c: UInt8) -> Bool {
        switch c {
        case 0x28, 0x22, 0x27, 0x5B, 0x3C, 0x7B, 0x2A, 0x5F, 0x60: return true
        default: return false
        }
    }
    /// Closing punctuation peeled off a chunk: . , ; : ! ? ) " ' ] > } * _ `
    private static func isTrailing(_ c: UInt8) -> Bool {
        switch c {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x22, 0x27, 0x5D, 0x3E, 0x7D, 0x2A, 0x5F, 0x60: return true
        default: return false
        }
    }

    private func trim(_ r: Range<Int>) -> Range<Int> {
        let b = text.bytes
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, ChunkDetector.isLeading(b[lo]) || isCurlyQuote(lo) { lo += b[lo] < 0x80 ? 1 : 3 }
        while hi > lo {
            if ChunkDetector.isTrailing(b[hi - 1]) {
                // Keep a closing bracket that closes one opened inside (Wikipedia-style URLs).
                if b[hi - 1] == 0x29, b[lo..<hi].contains(0x28) { break }
                hi -= 1
            } else if hi - lo >= 3, isCurlyQuote(hi - 3) { hi -= 3 } else { break }
        }
        return lo..<max(lo, hi)
    }

    private func isCurlyQuote(_ i: Int) -> Bool {
        let b = text.bytes
        return i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (0x98...0x9D).contains(b[i + 2])
    }

    private func examine(_ r: Range<Int>, into out: inout [Candidate]) {
        guard r.count >= 3 else { return }
        let b = text.bytes
        let chunk = b[r]
        if chunk.contains(0x40), let e = email(in: r) {
            out.append(Candidate(kind: .email, range: e, reason: "looks like an email address",
                                 priority: Candidate.Priority.email))
            return
        }
        if let u = url(r) {
            out.append(Candidate(kind: .url, range: u, reason: "looks like a web address (URL)",
                                 priority: Candidate.Priority.url))
            return
        }
        if ByteClass.isDigit(b[r.lowerBound]), let ip = NetworkAddress.ipv4(b, r) {
            out.append(Candidate(kind: .ipAddress, range: ip, reason: "looks like an IP address",
                                 priority: Candidate.Priority.ip))
            return
        }
        if chunk.contains(0x3A), let ip = NetworkAddress.ipv6(b, r) {
            out.append(Candidate(kind: .ipAddress, range: ip, reason: "looks like an IPv6 address",
                                 priority: Candidate.Priority.ip))
            return
        }
        identifyingNumbers(r, into: &out)
    }

    // MARK: email

    private func email(in r: Range<Int>) -> Range<Int>? {
        let b = text.bytes
        guard let at = b[r].firstIndex(of: 0x40) else { return nil }
        var lo = at
        while lo > r.lowerBound, isLocalByte(b[lo - 1]) { lo -= 1 }
        while lo < at, b[lo] == 0x2E { lo += 1 }
        var hi = at + 1
        while hi < r.upperBound, ByteClass.isAlnum(b[hi]) || b[hi] == 0x2E || b[hi] == 0x2D { hi += 1 }
        while hi > at + 1, b[hi - 1] == 0x2E || b[hi - 1] == 0x2D { hi -= 1 }
        guard lo < at, hi > at + 1 else { return nil }
        let domain = b[(at + 1)..<hi]
        guard let lastDot = domain.lastIndex(of: 0x2E), lastDot > at + 1 else { return nil }
        let tld = b[(lastDot + 1)..<hi]
        guard tld.count >= 2, tld.allSatisfy(ByteClass.isASCIILetter) else { return nil }
        return lo..<hi
    }

    private func isLocalByte(_ c: UInt8) -> Bool {
        ByteClass.isAlnum(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
    }

    // MARK: url

    private static let schemes = ["http://", "https://", "ftp://", "www."]
    /// Top-level domains common enough to mark a bare "name.tld" as a web address.
    private static let tlds: Set<String> = [
        "com", "org", "net", "edu", "gov", "io", "info", "biz", "co", "us", "uk", "au", "ca", "nz", "ie", "de",
        "fr", "nl", "es", "it", "me", "app", "dev", "health", "online", "site", "in", "za", "tv", "ly",
    ]

    private func url(_ r: Range<Int>) -> Range<Int>? {
        let b = text.bytes
        let first = ByteClass.lower(b[r.lowerBound])
        if first == 0x68 || first == 0x66 || first == 0x77 { // h, f, w: the only scheme starts
            let lowered = String(decoding: b[r].prefix(8).map(ByteClass.lower), as: UTF8.self)
            if ChunkDetector.schemes.contains(where: { lowered.hasPrefix($0) && r.count > $0.count + 3 }) { return r }
        }
        guard b[r].contains(0x2E) else { return nil }
        // Bare host: labels of letters/digits/hyphens, at least two, ending in a known TLD, optional path.
        let hostEnd = b[r].firstIndex(where: { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 }) ?? r.upperBound
        let host = b[r.lowerBound..<hostEnd]
        guard host.allSatisfy({ ByteClass.isAlnum($0) || $0 == 0x2E || $0 == 0x2D }) else { return nil }
        let labels = host.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), labels[0].count >= 2,
              labels.contains(where: { $0.contains(where: ByteClass.isASCIILetter) }) else { return nil }
        // The TLD must be written in lowercase: "session.It was" is a missing space, not a host.
        guard labels.last!.allSatisfy({ !ByteClass.isUpper($0) }) else { return nil }
        let tld = String(decoding: labels.last!, as: UTF8.self)
        guard ChunkDetector.tlds.contains(tld), labels.dropLast().allSatisfy({ $0.count >= 1 }) else { return nil }
        // "e.g" / "i.e" style abbreviations never reach here (single-letter first label); "Dr.Who" has no TLD.
        return r
    }

    // MARK: numbers

    private func identifyingNumbers(_ r: Range<Int>, into out: inout [Candidate]) {
        let b = text.bytes
        // Strip a leading '#' ("#12345678") and a currency sign (money is not an identifier).
        var lo = r.lowerBound
        if b[lo] == 0x24 || b[lo] == 0xC2 || b[lo] == 0xE2 { return }
        if b[lo] == 0x23 { lo += 1 }
        let body = lo..<r.upperBound
        // One pass, no allocation: most chunks are words and leave at the first letter-only check.
        var digits = 0, letters = 0, run = 0, longest = 0
        for c in b[body] {
            if ByteClass.isDigit(c) {
                digits += 1; run += 1; longest = max(longest, run)
            } else if ByteClass.isASCIILetter(c) {
                letters += 1; run = 0
            } else if c == 0x2D {
                run = 0
            } else {
                return
            }
        }
        guard digits >= 5 || (digits == 9 && body.count == 11) else { return }
        if body.count == 11, isSSN(body) {
            out.append(Candidate(kind: .idNumber, range: body, reason: "looks like a social security number",
                                 priority: Candidate.Priority.cuedID))
            return
        }
        // Six or more digits in a row, or letters mixed with five or more (AB12345): "any other unique number".
        // The longest unbroken run matters: "2019-2021" is a span of years, not a number.
        if longest >= 6 || (longest >= 5 && letters >= 1 && letters <= 4) {
            out.append(Candidate(kind: .idNumber, range: body, reason: "looks like an identifying number",
                                 priority: Candidate.Priority.bareID))
        }
    }

    /// ddd-dd-dddd
    private func isSSN(_ r: Range<Int>) -> Bool {
        guard r.count == 11 else { return false }
        for k in 0..<11 {
            let c = text.bytes[r.lowerBound + k]
            if k == 3 || k == 6 { if c != 0x2D { return false } } else if !ByteClass.isDigit(c) { return false }
        }
        return true
    }
}
