import AttuneDomain

/// A rule's compiled condition: typed, checked, ready to evaluate. `description` renders it back in rule syntax
/// (canonical spacing) so explanations quote exactly what was evaluated.
public indirect enum Condition: Sendable, Hashable, CustomStringConvertible {
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
    case compare(NumericTerm, ComparisonOperator, NumericTerm)
    case role(String, equals: Bool)

    public var description: String {
        switch self {
        case .and(let a, let b): return "\(a.grouped(inside: "and")) and \(b.grouped(inside: "and"))"
        case .or(let a, let b): return "\(a.grouped(inside: "or")) or \(b.grouped(inside: "or"))"
        case .not(let c): return "not \(c.grouped(inside: "not"))"
        case .compare(let l, let op, let r): return "\(l) \(op.rawValue) \(r)"
        case .role(let r, let eq): return "role \(eq ? "=" : "!=") \(r)"
        }
    }

    private func grouped(inside parent: String) -> String {
        switch self {
        case .and where parent == "and", .compare, .role, .not: return description
        case .or where parent == "or": return description
        default: return "(\(description))"
        }
    }

    /// The grouping key a rule uses (`per client` etc.); the compiler allows at most one per rule.
    var groupKey: GroupKey? {
        switch self {
        case .and(let a, let b), .or(let a, let b): return a.groupKey ?? b.groupKey
        case .not(let c): return c.groupKey
        case .compare(let l, _, let r): return l.groupKey ?? r.groupKey
        case .role: return nil
        }
    }
}

public enum ComparisonOperator: String, Sendable, Hashable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        }
    }
}

/// What a rule groups by: each value (each client code, barrier group, reaction family, checklist item) is tried
/// in turn, and the rule fires once for every value where its condition holds.
public enum GroupKey: String, Sendable, Hashable, CaseIterable {
    case client, barrier, family, item
}

/// Which entries a count or a window looks at.
public enum CountWindow: Sendable, Hashable, CustomStringConvertible {
    case all
    /// The N most recent entries of the kind.
    case last(Int)
    /// Entries created in the last N days.
    case days(Double)

    public var description: String {
        switch self {
        case .all: return "all"
        case .last(let n): return "last \(n)"
        case .days(let d): return "\(RuleFormat.number(d))d"
        }
    }
}

/// A number a condition compares. Values can be missing (no data yet): every comparison with a missing value
/// is false. `days_since` of something that never happened is infinite, so "at least 14 days" holds.
public indirect enum NumericTerm: Sendable, Hashable, CustomStringConvertible {
    case constant(Double)
    case latest(String)
    case previous(String)
    case change(String)
    case changeOver(String, days: Double)
    case was(String, days: Double)
    case count(kind: EntryKind?, filter: EntryPredicate?, window: CountWindow, per: GroupKey?)
    case daysSince(EntryKind?)

    public var description: String {
        switch self {
        case .constant(let v): return RuleFormat.number(v)
        case .latest(let s): return "latest(\(s))"
        case .previous(let s): return "previous(\(s))"
        case .change(let s): return "change(\(s))"
        case .changeOver(let s, let d): return "change(\(s), \(RuleFormat.number(d))d)"
        case .was(let s, let d): return "was(\(s), \(RuleFormat.number(d))d)"
        case .count(let kind, let filter, let window, let per):
            var text = "count(\(kind?.rawValue ?? "any")"
            if let filter { text += " where \(filter)" }
            if window != .all { text += ", \(window)" }
            if let per { text += ", per \(per.rawValue)" }
            return text + ")"
        case .daysSince(let kind): return "days_since(\(kind.map { $0 == .session ? "supervision" : $0.rawValue } ?? "any"))"
        }
    }

    var groupKey: GroupKey? {
        if case .count(_, _, _, let per) = self { return per }
        return nil
    }
}
