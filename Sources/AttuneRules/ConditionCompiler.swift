import AttuneDomain

/// Turns parsed syntax into typed conditions, checking every name and value against the schema
/// (docs/SCHEMA.md) so a typo is reported at load time instead of silently never firing.
struct ConditionCompiler {
    private var groupUse: (key: GroupKey, location: SourceLocation)?
    private var whyGroups: [(key: GroupKey, location: SourceLocation)] = []

    mutating func noteWhyGroup(_ key: GroupKey, at location: SourceLocation) {
        whyGroups.append((key, location))
    }

    /// A rule groups by at most one key, and a why text may only name the key the rule groups by.
    func groupKeyConflict(condition: Condition?, why: WhyTemplate?) -> RuleParseError? {
        if let used = groupUse, condition != nil, condition?.groupKey == nil {
            return RuleParseError(location: used.location, message: "The why text counts per \(used.key.rawValue), but the condition does not group; add 'per \(used.key.rawValue)' to a count in the condition.")
        }
        for use in whyGroups where use.key != groupUse?.key {
            let hint = groupUse.map { "this rule groups by \($0.key.rawValue)" } ?? "the condition has no 'per \(use.key.rawValue)'"
            return RuleParseError(location: use.location, message: "The why text names {\(use.key.rawValue)}, but \(hint).")
        }
        return nil
    }

    // MARK: Conditions

    mutating func compileCondition(_ syntax: RuleSyntax) throws -> Condition {
        switch syntax {
        case .or(let a, let b, _): return .or(try compileCondition(a), try compileCondition(b))
        case .and(let a, let b, _): return .and(try compileCondition(a), try compileCondition(b))
        case .not(let c, _): return .not(try compileCondition(c))
        case .compare(.name("role", _), let op, let rhs, let at):
            guard op == "=" || op == "!=" else { throw fail(at, "The role can only be compared with = or !=.") }
            let role = try word(rhs, what: "a role")
            guard RuleVocabulary.roles.contains(role) else {
                throw fail(rhs.location, "Unknown role '\(role)'; the roles are supervisee and supervisor.")
            }
            return .role(role, equals: op == "=")
        case .compare(let lhs, let op, let rhs, let at):
            if op == "contains" {
                throw fail(at, "'contains' looks at an entry's text: use it inside count(… where text contains \"word\").")
            }
            guard let comparison = ComparisonOperator(rawValue: op) else { throw fail(at, "Unknown comparison '\(op)'.") }
            return .compare(try compileNumeric(lhs), comparison, try compileNumeric(rhs))
        case .name(let n, let at):
            if FlagField(rawValue: n) != nil {
                throw fail(at, "'\(n)' describes one entry; count them, e.g. count(note where \(n)) >= 1.")
            }
            throw fail(at, "'\(n)' on its own is not a condition; compare something, e.g. latest(checkin.exhaustion) >= 60.")
        case .call(let name, _, let at):
            throw fail(at, "\(name)(…) gives a number, not yes or no; compare it, e.g. \(name)(…) >= 3.")
        default:
            throw fail(syntax.location, "Expected a condition, found \(syntax.display).")
        }
    }

    // MARK: Numbers

    mutating func compileNumeric(_ syntax: RuleSyntax) throws -> NumericTerm {
        switch syntax {
        case .number(let n, _): return .constant(n)
        case .duration(_, let at):
            throw fail(at, "A duration such as 21d can only be a window or period inside count(…), change(…) or was(…).")
        case .string(_, let at):
            throw fail(at, "Quoted text is not a number; quoted text belongs inside count(… where …).")
        case .name(let n, let at):
            if RuleVocabulary.isScoreSource(n) { throw fail(at, "'\(n)' is a series of scores; pick one, e.g. latest(\(n)).") }
            if n == "role" { throw fail(at, "The role is compared with = or !=, e.g. role = supervisee.") }
            throw fail(at, "'\(n)' is not a number here; numbers come from latest, previous, change, was, count or days_since.")
        case .call(let name, let args, let at):
            return try compileCall(name, args, at)
        default:
            throw fail(syntax.location, "Expected a number, found \(syntax.display).")
        }
    }

    private mutating func compileCall(_ name: String, _ args: [RuleSyntax], _ at: SourceLocation) throws -> NumericTerm {
        switch name {
        case "latest", "previous":
            try arity(name, args, at, 1...1)
            let source = try scoreSource(args[0])
            return name == "latest" ? .latest(source) : .previous(source)
        case "change":
            try arity(name, args, at, 1...2)
            let source = try scoreSource(args[0])
            if args.count == 1 { return .change(source) }
            return .changeOver(source, days: try period(args[1], of: name))
        case "was":
            try arity(name, args, at, 2...2)
            return .was(try scoreSource(args[0]), days: try period(args[1], of: name))
        case "days_since":
            try arity(name, args, at, 1...1)
            let kind = try word(args[0], what: "an entry kind")
            if kind == "supervision" { return .daysSince(.session) }
            if kind == "any" { return .daysSince(nil) }
            guard let k = EntryKind(rawValue: kind) else {
                throw fail(args[0].location, "Unknown entry kind '\(kind)'; use any, supervision or one of \(RuleVocabulary.kindList).")
            }
            return .daysSince(k)
        case "count":
            return try compileCount(args, at)
        default:
            throw fail(at, "Unknown function '\(name)'; the functions are latest, previous, change, was, count and days_since.")
        }
    }

    private func arity(_ name: String, _ args: [RuleSyntax], _ at: SourceLocation, _ range: ClosedRange<Int>) throws {
        guard range.contains(args.count) else {
            let expected = range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound) or \(range.upperBound)"
            throw fail(at, "\(name)(…) takes \(expected) argument\(range.upperBound == 1 ? "" : "s"), not \(args.count).")
        }
    }

    private func scoreSource(_ syntax: RuleSyntax) throws -> String {
        guard case .name(let n, let at) = syntax else {
            throw fail(syntax.location, "Expected a score such as checkin.exhaustion or cbi.work, found \(syntax.display).")
        }
        guard RuleVocabulary.isScoreSource(n) else {
            throw fail(at, "Unknown score '\(n)'; scores are \(RuleVocabulary.scoreSourceList).")
        }
        return n
    }

    private func period(_ syntax: RuleSyntax, of function: String) throws -> Double {
        guard case .duration(let d, let at) = syntax else {
            throw fail(syntax.location, "\(function)(…) needs a period such as 21d or 3w, found \(syntax.display).")
        }
        guard d > 0 else { throw fail(at, "A period must be longer than 0 days.") }
        return d
    }

    private mutating func compileCount(_ args: [RuleSyntax], _ at: SourceLocation) throws -> NumericTerm {
        guard let first = args.first else {
            throw fail(at, "count(…) needs an entry kind first, e.g. count(checklist where barrier = fatigue, last 4).")
        }
        var kindSyntax = first, filterSyntax: RuleSyntax?
        if case .filtered(let k, let f, _) = first { kindSyntax = k; filterSyntax = f }
        let kindName = try word(kindSyntax, what: "an entry kind")
        let kind: EntryKind?
        if kindName == "any" { kind = nil } else if kindName == "supervision" { kind = .session } else {
            guard let k = EntryKind(rawValue: kindName) else {
                throw fail(kindSyntax.location, "Unknown entry kind '\(kindName)'; use any or one of \(RuleVocabulary.kindList).")
            }
            kind = k
        }
        let predicates = PredicateCompiler(kind: kind)
        let filter = try filterSyntax.map { try predicates.compile($0) }
        var window: CountWindow?, per: GroupKey?
        for arg in args.dropFirst() {
            switch arg {
            case .last(let n, let l):
                guard window == nil else { throw fail(l, "count(…) has more than one window.") }
                window = .last(n)
            case .duration(let d, let l):
                guard window == nil else { throw fail(l, "count(…) has more than one window.") }
                guard d > 0 else { throw fail(l, "A window must be longer than 0 days.") }
                window = .days(d)
            case .name("all", let l):
                guard window == nil else { throw fail(l, "count(…) has more than one window.") }
                window = .all
            case .per(let keyName, let l):
                guard per == nil else { throw fail(l, "count(…) can group by one key only.") }
                guard let key = GroupKey(rawValue: keyName) else {
                    throw fail(l, "Unknown grouping 'per \(keyName)'; group per client, barrier, family or item.")
                }
                if let kind, !RuleVocabulary.groupKinds[key, default: []].contains(kind) {
                    throw fail(l, "\(kind.rawValue) entries have no \(key.rawValue) to group by.")
                }
                if let used = groupUse, used.key != key {
                    throw fail(l, "This rule already groups per \(used.key.rawValue) (at \(used.location)); a rule groups by one key.")
                }
                groupUse = (key, l)
                per = key
            case .filtered(_, _, let l):
                throw fail(l, "'where' belongs right after the entry kind, as the first argument of count(…).")
            default:
                throw fail(arg.location, "Expected a window (last 4, 30d, all) or a grouping (per client), found \(arg.display).")
            }
        }
        return .count(kind: kind, filter: filter, window: window ?? .all, per: per)
    }

    func word(_ syntax: RuleSyntax, what: String) throws -> String {
        switch syntax {
        case .name(let n, _), .string(let n, _): return n
        default: throw fail(syntax.location, "Expected \(what), found \(syntax.display).")
        }
    }

    func fail(_ at: SourceLocation, _ message: String) -> RuleParseError {
        RuleParseError(location: at, message: message)
    }
}
