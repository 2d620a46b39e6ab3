import Foundation

/// A test on one entry, written after `where` inside `count(…)`.
public indirect enum EntryPredicate: Sendable, Hashable, CustomStringConvertible {
    case and(EntryPredicate, EntryPredicate)
    case or(EntryPredicate, EntryPredicate)
    case not(EntryPredicate)
    /// A numeric field: `age`, `intensity`, `intensity(family)`, `rating`, `severity`.
    case number(NumberField, ComparisonOperator, Double)
    /// A field holding several values (`barrier = fatigue` means "fatigue is among them").
    case member(SetField, String, equals: Bool)
    /// A field holding one value (`direction = toward`).
    case value(ValueField, String, equals: Bool)
    /// `text contains "word"`: a whole-word, case-insensitive match in any text the entry carries.
    case textContains(String)
    case flag(FlagField)

    public var description: String {
        switch self {
        case .and(let a, let b): return "\(a.grouped(inside: "and")) and \(b.grouped(inside: "and"))"
        case .or(let a, let b): return "\(a.grouped(inside: "or")) or \(b.grouped(inside: "or"))"
        case .not(let p): return "not \(p.grouped(inside: "not"))"
        case .number(let f, let op, let v): return "\(f) \(op.rawValue) \(RuleFormat.number(v))"
        case .member(let f, let v, let eq): return "\(f.rawValue) \(eq ? "=" : "!=") \(v)"
        case .value(let f, let v, let eq): return "\(f.rawValue) \(eq ? "=" : "!=") \(RuleFormat.quotedIfNeeded(v))"
        case .textContains(let w): return "text contains \"\(w)\""
        case .flag(let f): return f.rawValue
        }
    }

    private func grouped(inside parent: String) -> String {
        switch self {
        case .and where parent == "and", .or where parent == "or": return description
        case .and, .or: return "(\(description))"
        default: return description
        }
    }
}

public enum NumberField: Sendable, Hashable, CustomStringConvertible {
    /// Days since the entry was created.
    case age
    /// The strongest reaction intensity in a note (1–5), or the intensity of one family.
    case intensity(family: String?)
    /// The note's effect rating (-2…2).
    case rating
    /// The highest severity among a checklist's present items (1–3).
    case severity

    public var description: String {
        switch self {
        case .age: return "age"
        case .intensity(let f): return f.map { "intensity(\($0))" } ?? "intensity"
        case .rating: return "rating"
        case .severity: return "severity"
        }
    }
}

public enum SetField: String, Sendable, Hashable, CaseIterable {
    case barrier, item, reaction, tag, trigger, manifestation, origin, management
}

public enum ValueField: String, Sendable, Hashable, CaseIterable {
    case client, direction, period, instrument, prompt, rule
}

public enum FlagField: String, Sendable, Hashable, CaseIterable {
    /// A note with a non-empty `for_supervision`.
    case flagged
    /// Flagged and written after the last supervision session (or there has been none).
    case waiting
    case shared
}

extension RuleFormat {
    /// Names print bare, anything else (client codes with spaces, punctuation) in quotes.
    static func quotedIfNeeded(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        if let first = scalars.first, RuleTokenizer.isNameStart(first),
           scalars.allSatisfy(RuleTokenizer.isNameContinue) { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
