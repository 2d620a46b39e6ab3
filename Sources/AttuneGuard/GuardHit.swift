import Foundation

/// What sort of identifier a hit is. Grouped after the HIPAA Safe Harbor list (45 CFR 164.514(b)(2)).
/// The raw value is what the CLI prints, what JSON carries and what a fingerprint starts with: keep it stable.
public enum GuardKind: String, CaseIterable, Sendable, Codable {
    case name
    case phone
    case fax
    case email
    /// Street address, PO box, or a town/city named as where someone lives.
    case address
    /// ZIP or postal code.
    case zip
    /// A date element other than the year (and other than the session date).
    case date
    /// SSN, medical record, health plan, account, licence/certificate and other identifying numbers.
    case idNumber = "id-number"
    case url
    case ipAddress = "ip-address"
    /// An age over 89.
    case age

    /// What a hit of this kind is replaced with when the writer accepts the suggestion.
    public var placeholder: String {
        switch self {
        case .name: return "[name]"
        case .phone: return "[phone]"
        case .fax: return "[fax]"
        case .email: return "[email]"
        case .address: return "[address]"
        case .zip: return "[zip]"
        case .date: return "[date]"
        case .idNumber: return "[id]"
        case .url: return "[url]"
        case .ipAddress: return "[ip]"
        // Safe Harbor folds every age over 89 into one "90 or older" category.
        case .age: return "[90+]"
        }
    }
}

/// One place in a text that looks like an identifier.
public struct GuardHit: Hashable, Sendable {
    public let kind: GuardKind
    /// The matched text exactly as it appears.
    public let text: String
    /// 1-based line number.
    public let line: Int
    /// 1-based column, counted in characters (grapheme clusters) from the start of the line.
    public let column: Int
    /// Where the match sits in the scanned string (valid for that exact string only).
    public let range: Range<String.Index>
    /// The same place as UTF-8 byte offsets: survives copying the string, used by `apply` and JSON.
    public let utf8Range: Range<Int>
    /// A short human sentence, e.g. "looks like a phone number".
    public let reason: String

    public init(kind: GuardKind, text: String, line: Int, column: Int, range: Range<String.Index>,
                utf8Range: Range<Int>, reason: String) {
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column
        self.range = range
        self.utf8Range = utf8Range
        self.reason = reason
    }

    /// Suggested replacement text, e.g. "[phone]".
    public var placeholder: String { kind.placeholder }

    /// Stable key for "this is not an identifier" allowances: kind + normalised text, independent of position.
    public var fingerprint: String { GuardHit.fingerprint(kind: kind, text: text) }

    /// Normalisation: number-like kinds keep only letters and digits (so "555-0142" and "555 0142" agree);
    /// the others are lowercased with whitespace collapsed and surrounding punctuation trimmed.
    public static func fingerprint(kind: GuardKind, text: String) -> String {
        let normalised: String
        switch kind {
        case .phone, .fax, .idNumber, .zip:
            normalised = String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
                .map(Character.init))
        case .ipAddress:
            normalised = text.lowercased()
        default:
            let words = text.lowercased().split(whereSeparator: { $0.isWhitespace })
            normalised = words.joined(separator: " ")
                .trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?\"'()[]"))
                .replacingOccurrences(of: "\u{2019}", with: "'")
        }
        return kind.rawValue + ":" + normalised
    }
}

/// A calendar day without time or zone: what "the session date" means in a note.
public struct CalendarDay: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (the schema's `session_date`).
    public init?(iso text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
              let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
}
