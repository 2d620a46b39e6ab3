/// Parsers for IPv4 and IPv6 addresses inside a chunk (no spaces).
enum NetworkAddress {
    /// Dotted quad, each part 0–255, optionally followed by ":port" or "/prefix" (kept in the match).
    static func ipv4(_ b: [UInt8], _ r: Range<Int>) -> Range<Int>? {
        var i = r.lowerBound
        for part in 0..<4 {
            let start = i
            var value = 0
            while i < r.upperBound, ByteClass.isDigit(b[i]), i - start < 4 { value = value * 10 + Int(b[i] - 48); i += 1 }
            guard i > start, i - start <= 3, value <= 255 else { return nil }
            if part < 3 {
                guard i < r.upperBound, b[i] == 0x2E else { return nil }
                i += 1
            }
        }
        if i < r.upperBound, b[i] == 0x3A || b[i] == 0x2F {
            var j = i + 1
            while j < r.upperBound, ByteClass.isDigit(b[j]) { j += 1 }
            guard j > i + 1 else { return nil }
            i = j
        }
        return i == r.upperBound ? r : nil
    }

    /// Full or "::"-compressed IPv6, optionally in brackets, with a zone (%eth0), a prefix (/64)
    /// or a trailing dotted IPv4 part. Times such as 10:30:00 are rejected: without "::" all eight
    /// groups must be present.
    static func ipv6(_ b: [UInt8], _ r: Range<Int>) -> Range<Int>? {
        var lo = r.lowerBound, hi = r.upperBound
        if b[lo] == 0x5B, let close = b[r].firstIndex(of: 0x5D) {
            lo += 1
            hi = close
        }
        var end = hi
        if let cut = b[lo..<hi].firstIndex(where: { $0 == 0x25 || $0 == 0x2F }) { end = cut }
        let body = Array(b[lo..<end])
        guard body.count >= 3, body.contains(0x3A) else { return nil }
        let s = String(decoding: body, as: UTF8.self)
        let halves = s.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        var groups = 0
        var sawLetter = false
        for (index, half) in halves.enumerated() where !half.isEmpty {
            let parts = half.split(separator: ":", omittingEmptySubsequences: false)
            for (k, p) in parts.enumerated() {
                if p.contains("."), index == halves.count - 1, k == parts.count - 1 {
                    let pb = Array(p.utf8)
                    guard ipv4(pb, 0..<pb.count) == 0..<pb.count else { return nil }
                    groups += 2
                    continue
                }
                guard (1...4).contains(p.count), p.allSatisfy(\.isHexDigit) else { return nil }
                if p.contains(where: \.isLetter) { sawLetter = true }
                groups += 1
            }
        }
        if halves.count == 2 {
            // "::1", "fe80::1": compressed; require at least one group and a hex letter or a leading/trailing "::"
            // so that ratios like "3::4" in prose are not taken for addresses.
            guard groups >= 1, groups <= 7, sawLetter || s.hasPrefix("::") || s.hasSuffix("::") || groups >= 3 else {
                return nil
            }
        } else {
            guard groups == 8 else { return nil }
        }
        return r
    }
}
