import AttuneDomain
import Foundation

/// What an unquoted YAML scalar means, by the same rules as Yams' default resolver (YAML 1.1 bool/null/int/float,
/// merge `<<`, value `=`), written by hand: Yams applies them with NSRegularExpression, which loads ICU and costs
/// about a millisecond per file — too slow for rebuilding the index and for a quick `attune list` start.
/// Timestamps are deliberately read as text (`Value` keeps dates as strings).
enum PlainScalarResolver {
    enum Meaning: Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        /// Looks like a number or special key but cannot be represented (too big, `<<`, `=`): keep the text.
        case special
        case string
    }

    static func resolve(_ text: String) -> Meaning {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
        case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return .bool(false)
        case "<<", "=": return .special
        default: break
        }
        let b = Array(text.utf8)
        if let i = integer(b) { return i }
        if let d = float(b) { return d }
        return .string
    }

    private static func isDigit(_ c: UInt8, _ max: UInt8 = 57) -> Bool { c >= 48 && c <= max }

    /// Splits a leading sign off.
    private static func signed(_ b: [UInt8]) -> (negative: Bool, rest: ArraySlice<UInt8>) {
        if let f = b.first, f == 43 || f == 45 { return (f == 45, b.dropFirst()) }
        return (false, b[...])
    }

    private static func integer(_ b: [UInt8]) -> Meaning? {
        let (negative, r) = signed(b)
        guard let first = r.first, isDigit(first) else { return nil }
        func value(_ digits: ArraySlice<UInt8>, radix: Int) -> Meaning {
            let clean = String(decoding: digits.filter { $0 != 95 }, as: UTF8.self)
            guard let v = Int(clean.isEmpty ? "0" : clean, radix: radix) else { return .special }
            return .int(negative ? -v : v)
        }
        let rest = r.dropFirst()
        if first == 48 {
            if rest.isEmpty { return .int(0) }
            let tag = rest.first!
            let body = rest.dropFirst()
            if tag == 98, !body.isEmpty, body.allSatisfy({ $0 == 48 || $0 == 49 || $0 == 95 }) { return value(body, radix: 2) }
            if tag == 120, !body.isEmpty, body.allSatisfy({ isHex($0) || $0 == 95 }) { return value(body, radix: 16) }
            if tag == 111, !body.isEmpty, body.allSatisfy({ isDigit($0, 55) || $0 == 95 }) { return value(body, radix: 8) }
            if rest.allSatisfy({ isDigit($0, 55) || $0 == 95 }) { return value(rest, radix: 8) }
            return nil
        }
        if rest.allSatisfy({ isDigit($0) || $0 == 95 }) { return value(r, radix: 10) }
        // Base 60: 1:20:30
        if let parts = sexagesimal(r, requireDot: false) {
            var total = 0
            for p in parts {
                guard let v = Int(String(decoding: p.filter { $0 != 95 }, as: UTF8.self)) else { return .special }
                let (m, o1) = total.multipliedReportingOverflow(by: 60)
                let (s, o2) = m.addingReportingOverflow(v)
                if o1 || o2 { return .special }
                total = s
            }
            return .int(negative ? -total : total)
        }
        return nil
    }

    private static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) }

    /// `[0-9][0-9_]*(:[0-5]?[0-9])+` (plus `.[0-9_]*` when `requireDot`): the parts, or nil.
    private static func sexagesimal(_ r: ArraySlice<UInt8>, requireDot: Bool) -> [ArraySlice<UInt8>]? {
        var main = r
        var fraction: ArraySlice<UInt8>?
        if requireDot {
            guard let dot = r.firstIndex(of: 46) else { return nil }
            main = r[r.startIndex..<dot]
            fraction = r[(dot + 1)...]
            guard fraction!.allSatisfy({ isDigit($0) || $0 == 95 }) else { return nil }
        }
        let parts = main.split(separator: 58, omittingEmptySubsequences: false)
        guard parts.count >= 2, let head = parts.first, let h = head.first, isDigit(h),
              head.allSatisfy({ isDigit($0) || $0 == 95 }) else { return nil }
        for p in parts.dropFirst() {
            guard (1...2).contains(p.count), p.allSatisfy({ isDigit($0) }) else { return nil }
            if p.count == 2, p.first! > 53 { return nil }
        }
        return Array(parts) + (fraction.map { [$0] } ?? [])
    }

    private static func float(_ b: [UInt8]) -> Meaning? {
        let text = String(decoding: b, as: UTF8.self)
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        let (negative, r) = signed(b)
        guard let first = r.first else { return nil }
        func parse(_ s: ArraySlice<UInt8>) -> Meaning {
            let clean = String(decoding: s.filter { $0 != 95 }, as: UTF8.self)
            guard let v = Double(clean.hasSuffix(".") ? clean + "0" : clean) else { return .special }
            return .double(negative ? -v : v)
        }
        if first == 46 {
            // `\.[0-9_]+([eE][-+][0-9]+)?`, unsigned in the rule.
            guard b.first == 46 else { return nil }
            var i = r.index(after: r.startIndex)
            let digitsStart = i
            while i < r.endIndex, isDigit(r[i]) || r[i] == 95 { i += 1 }
            guard i > digitsStart else { return nil }
            if i < r.endIndex {
                guard r[i] == 101 || r[i] == 69, i + 2 < r.endIndex, r[i + 1] == 43 || r[i + 1] == 45 else { return nil }
                let exp = r[(i + 2)...]
                guard !exp.isEmpty, exp.allSatisfy({ isDigit($0) }) else { return nil }
            }
            return parse(r)
        }
        guard isDigit(first) else { return nil }
        // `[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?`
        var i = r.startIndex
        while i < r.endIndex, isDigit(r[i]) || r[i] == 95 { i += 1 }
        if i < r.endIndex, r[i] == 46 {
            i += 1
            while i < r.endIndex, isDigit(r[i]) || r[i] == 95 { i += 1 }
        }
        if i < r.endIndex, r[i] == 101 || r[i] == 69 {
            var j = i + 1
            if j < r.endIndex, r[j] == 43 || r[j] == 45 { j += 1 }
            let start = j
            while j < r.endIndex, isDigit(r[j]) { j += 1 }
            if j > start { i = j }
        }
        if i == r.endIndex { return parse(r) }
        if let parts = sexagesimal(r, requireDot: true) {
            var total = 0.0
            for p in parts.dropLast() { total = total * 60 + (Double(String(decoding: p.filter { $0 != 95 }, as: UTF8.self)) ?? 0) }
            let frac = Double("0." + String(decoding: parts.last!.filter { $0 != 95 }, as: UTF8.self)) ?? 0
            return .double(negative ? -(total + frac) : total + frac)
        }
        return nil
    }
}
