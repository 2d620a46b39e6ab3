import Foundation

/// The untyped tree the recursive-descent parser builds for a condition. The compiler turns it into a typed
/// `Condition`, checking names, values and types, and reports mistakes at the node's location.
indirect enum RuleSyntax: Sendable {
    case or(RuleSyntax, RuleSyntax, SourceLocation)
    case and(RuleSyntax, RuleSyntax, SourceLocation)
    case not(RuleSyntax, SourceLocation)
    /// `lhs op rhs` with op one of `=`, `!=`, `<`, `<=`, `>`, `>=`, `contains`.
    case compare(RuleSyntax, String, RuleSyntax, SourceLocation)
    case call(String, [RuleSyntax], SourceLocation)
    case name(String, SourceLocation)
    case number(Double, SourceLocation)
    case duration(Double, SourceLocation)
    case string(String, SourceLocation)
    /// `kind where predicate`, only meaningful as the first argument of `count`.
    case filtered(RuleSyntax, RuleSyntax, SourceLocation)
    /// `last N`, a window argument.
    case last(Int, SourceLocation)
    /// `per client`, a grouping argument.
    case per(String, SourceLocation)

    var location: SourceLocation {
        switch self {
        case .or(_, _, let l), .and(_, _, let l), .not(_, let l), .compare(_, _, _, let l), .call(_, _, let l),
             .name(_, let l), .number(_, let l), .duration(_, let l), .string(_, let l), .filtered(_, _, let l),
             .last(_, let l), .per(_, let l):
            return l
        }
    }

    /// How the node reads in an error message.
    var display: String {
        switch self {
        case .or: return "an 'or' expression"
        case .and: return "an 'and' expression"
        case .not: return "a 'not' expression"
        case .compare(_, let op, _, _): return "a comparison ('\(op)')"
        case .call(let n, _, _): return "\(n)(…)"
        case .name(let n, _): return "'\(n)'"
        case .number(let n, _): return "the number \(RuleFormat.number(n))"
        case .duration(let d, _): return "the duration \(RuleFormat.number(d))d"
        case .string(let s, _): return "\"\(s)\""
        case .filtered: return "a 'where' filter"
        case .last(let n, _): return "'last \(n)'"
        case .per(let k, _): return "'per \(k)'"
        }
    }
}

/// Shared number formatting for why texts, explanations and messages.
enum RuleFormat {
    static func number(_ value: Double) -> String {
        if value.isInfinite { return value > 0 ? "never" : "-never" }
        if value.isNaN { return "none" }
        if value == value.rounded() {
            // Beyond Int's range Int(value) would trap; %.0f prints the exact integer the rule text held.
            return abs(value) < 1e15 ? String(Int(value)) : String(format: "%.0f", value)
        }
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return number(rounded) }
        return String(rounded)
    }
}
