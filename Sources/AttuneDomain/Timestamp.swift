import Foundation

/// Fast, locale-free ISO 8601 timestamps. Entries store `2026-11-22T03:02:57Z` (UTC); dates `2026-11-22`.
/// DateFormatter is avoided on purpose: it is slow to create and its output depends on the locale.
public enum Timestamp {
    public struct Components: Equatable, Sendable {
        public var year, month, day, hour, minute, second: Int
    }

    public static func utcComponents(_ date: Date) -> Components {
        var t = time_t(floor(date.timeIntervalSince1970))
        var tmv = tm()
        gmtime_r(&t, &tmv)
        return Components(year: Int(tmv.tm_year) + 1900, month: Int(tmv.tm_mon) + 1, day: Int(tmv.tm_mday),
                          hour: Int(tmv.tm_hour), minute: Int(tmv.tm_min), second: Int(tmv.tm_sec))
    }

    public static func localComponents(_ date: Date) -> Components {
        var t = time_t(floor(date.timeIntervalSince1970))
        var tmv = tm()
        localtime_r(&t, &tmv)
        return Components(year: Int(tmv.tm_year) + 1900, month: Int(tmv.tm_mon) + 1, day: Int(tmv.tm_mday),
                          hour: Int(tmv.tm_hour), minute: Int(tmv.tm_min), second: Int(tmv.tm_sec))
    }

    /// `2026-11-22T03:02:57Z`
    public static func format(_ date: Date) -> String {
        let c = utcComponents(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, c.hour, c.minute, c.second)
    }

    /// `2026-11-22` in local time (what a person means by "the session date").
    public static func formatDay(_ date: Date) -> String {
        let c = localComponents(date)
        return String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
    }

    /// `2026-11-22 03:02` in local time, for screens.
    public static func formatShort(_ date: Date) -> String {
        let c = localComponents(date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.minute)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS(.fff)?(Z|±HH:MM)` and plain `YYYY-MM-DD` (midnight UTC).
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= b.count else { return nil }
            var v = 0
            for i in from..<(from + len) {
                let c = b[i]
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard b.count >= 10, let y = num(0, 4), b[4] == 45, let mo = num(5, 2), b[7] == 45, let d = num(8, 2),
              (1...12).contains(mo), (1...31).contains(d) else { return nil }
        var h = 0, mi = 0, s = 0, frac = 0.0
        if b.count > 10 {
            guard b[10] == 84 || b[10] == 32, let hh = num(11, 2), b.count > 13, b[13] == 58, let mm = num(14, 2),
                  hh < 24, mm < 60 else { return nil }
            h = hh; mi = mm
            var i = 16
            if i < b.count, b[i] == 58 { guard let ss = num(17, 2), ss < 61 else { return nil }; s = ss; i = 19 }
            if i < b.count, b[i] == 46 {
                i += 1
                var scale = 0.1
                while i < b.count, b[i] >= 48, b[i] <= 57 { frac += Double(b[i] - 48) * scale; scale /= 10; i += 1 }
            }
            if i < b.count, !(b[i] == 90 || b[i] == 43 || b[i] == 45) { return nil }
        }
        return makeDate(y, mo, d, h, mi, s, frac, offsetSeconds: parseOffset(b))
    }

    private static func parseOffset(_ b: [UInt8]) -> Int {
        // Offset sign at position >= 19 (after seconds) or 16 (no seconds); scan from the end.
        guard b.count > 16 else { return 0 }
        var j = b.count - 1
        while j > 15 {
            if b[j] == 43 || b[j] == 45 {
                let digits = b[(j + 1)...].filter { $0 >= 48 && $0 <= 57 }.map { Int($0 - 48) }
                guard digits.count >= 2 else { return 0 }
                let hh = digits[0] * 10 + digits[1]
                let mm = digits.count >= 4 ? digits[2] * 10 + digits[3] : 0
                let sign = b[j] == 43 ? 1 : -1
                return sign * (hh * 3600 + mm * 60)
            }
            j -= 1
        }
        return 0
    }

    private static func makeDate(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, _ frac: Double,
                                 offsetSeconds: Int) -> Date {
        let days = daysFromCivil(year: y, month: mo, day: d)
        let secs = Double(days * 86400 + h * 3600 + mi * 60 + s - offsetSeconds) + frac
        return Date(timeIntervalSince1970: secs)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), without Calendar.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let yy = month <= 2 ? year - 1 : year
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Whole calendar days in local time from `a` to `b` (negative when b is earlier).
    public static func localDaysBetween(_ a: Date, _ b: Date) -> Int {
        let ca = localComponents(a), cb = localComponents(b)
        return daysFromCivil(year: cb.year, month: cb.month, day: cb.day) - daysFromCivil(year: ca.year, month: ca.month, day: ca.day)
    }
}
