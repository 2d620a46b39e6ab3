import AttuneDomain

/// Evaluates one rule's condition on a context, optionally for one group value (`per client` = "C-12"),
/// collecting the entries whose data it used (the evidence behind the fingerprint) and, when asked, a
/// line-by-line trace for `attune rules explain`.
struct Evaluator {
    let context: EvaluationContext
    let binding: (key: GroupKey, value: String)?
    private(set) var evidence: [Int] = []
    private(set) var trace: [String]?

    init(context: EvaluationContext, binding: (key: GroupKey, value: String)?, tracing: Bool = false) {
        self.context = context
        self.binding = binding
        trace = tracing ? [] : nil
    }

    // MARK: Conditions

    mutating func holds(_ condition: Condition, indent: Int = 0) -> Bool {
        let pad = String(repeating: "  ", count: indent)
        switch condition {
        case .and(let a, let b), .or(let a, let b):
            let isAnd: Bool
            if case .and = condition { isAnd = true } else { isAnd = false }
            guard trace != nil else {
                return isAnd ? (holds(a) && holds(b)) : (holds(a) || holds(b))
            }
            let at = trace?.count ?? 0
            let children = flatten(condition, isAnd: isAnd)
            var results: [Bool] = []
            for child in children { results.append(holds(child, indent: indent + 1)) }
            let result = isAnd ? !results.contains(false) : results.contains(true)
            trace?.insert("\(pad)\(Self.mark(result)) \(isAnd ? "all of" : "any of"):", at: at)
            return result
        case .not(let inner):
            let at = trace?.count ?? 0
            let result = !holds(inner, indent: indent + 1)
            trace?.insert("\(pad)\(Self.mark(result)) not:", at: at)
            return result
        case .role(let role, let equals):
            let result = (context.role == role) == equals
            trace?.append("\(pad)\(Self.mark(result)) \(condition)   (role is \(context.role.isEmpty ? "unset" : context.role))")
            return result
        case .compare(let lhs, let op, let rhs):
            let a = value(lhs), b = value(rhs)
            var result = false
            if let a, let b { result = op.holds(a, b) }
            if trace != nil {
                let seen: String
                switch rhs {
                case .constant: seen = "saw \(Self.show(a, lhs))"
                default: seen = "saw \(Self.show(a, lhs)) \(op.rawValue) \(Self.show(b, rhs))"
                }
                let missing = (a == nil || b == nil) ? "; no data, so no" : ""
                trace?.append("\(pad)\(Self.mark(result)) \(lhs) \(op.rawValue) \(rhs)   (\(seen)\(missing))")
            }
            return result
        }
    }

    private func flatten(_ c: Condition, isAnd: Bool) -> [Condition] {
        switch c {
        case .and(let a, let b) where isAnd: return flatten(a, isAnd: true) + flatten(b, isAnd: true)
        case .or(let a, let b) where !isAnd: return flatten(a, isAnd: false) + flatten(b, isAnd: false)
        default: return [c]
        }
    }

    static func mark(_ result: Bool) -> String { result ? "[yes]" : "[no] " }

    static func show(_ value: Double?, _ term: NumericTerm) -> String {
        guard let value else { return "no data" }
        switch term {
        case .change, .changeOver: return (value > 0 ? "+" : "") + RuleFormat.number(value)
        case .daysSince: return value.isInfinite ? "never" : RuleFormat.number(value) + " days"
        default: return RuleFormat.number(value)
        }
    }

    // MARK: Numbers

    mutating func value(_ term: NumericTerm) -> Double? {
        switch term {
        case .constant(let v): return v
        case .latest(let source):
            guard let last = context.series(source).last else { return nil }
            evidence.append(last.fact)
            return last.value
        case .previous(let source):
            let points = context.series(source)
            guard points.count >= 2 else { return nil }
            evidence.append(points[points.count - 2].fact)
            return points[points.count - 2].value
        case .change(let source):
            let points = context.series(source)
            guard points.count >= 2 else { return nil }
            evidence.append(points[points.count - 1].fact)
            evidence.append(points[points.count - 2].fact)
            return points[points.count - 1].value - points[points.count - 2].value
        case .changeOver(let source, let days):
            guard let last = context.series(source).last, let before = was(source, days: days) else { return nil }
            evidence.append(last.fact)
            return last.value - before
        case .was(let source, let days):
            return was(source, days: days)
        case .daysSince(let kind):
            let list = context.indices(of: kind)
            guard let last = list.last else { return .infinity }
            evidence.append(last)
            return (context.days(since: context.times[last])).rounded(.down)
        case .count(let kind, let filter, let window, let per):
            return Double(count(kind: kind, filter: filter, window: window, per: per))
        }
    }

    /// The value recorded nearest to `days` ago, not counting the latest, and no older than twice the period:
    /// "was 45 three weeks ago" should not quote a score from last year.
    private mutating func was(_ source: String, days: Double) -> Double? {
        let points = context.series(source)
        guard points.count >= 2 else { return nil }
        let target = context.now - days * 86_400
        let oldest = context.now - 2 * days * 86_400
        var best: EvaluationContext.SeriesPoint?
        for point in points.dropLast().reversed() {
            if point.time < oldest { break }
            if best == nil || abs(point.time - target) < abs(best!.time - target) { best = point }
        }
        guard let best else { return nil }
        evidence.append(best.fact)
        return best.value
    }

    private mutating func count(kind: EntryKind?, filter: EntryPredicate?, window: CountWindow, per: GroupKey?) -> Int {
        let bound = per.flatMap { key in binding.flatMap { $0.key == key ? $0.value : nil } }
        // A client is the subject of its entries, so `per client` narrows before the window ("that client's last
        // 3 notes"); barriers, families and items are properties, tested inside the window ("3 of the last 4").
        let pool = (per == .client && bound != nil) ? context.indices(of: kind, client: bound!) : context.indices(of: kind)
        let slice: ArraySlice<Int>
        switch window {
        case .all: slice = pool[...]
        case .last(let n): slice = pool.suffix(n)
        case .days(let d): slice = pool[context.firstIndex(in: pool, notBefore: context.now - d * 86_400)...]
        }
        var total = 0
        for i in slice {
            if let per, let bound, per != .client, !context.fact(i).has(per, bound) { continue }
            if let filter, !matches(filter, i) { continue }
            total += 1
            evidence.append(i)
        }
        return total
    }

    // MARK: Entries

    func matches(_ predicate: EntryPredicate, _ i: Int) -> Bool {
        let fact = context.fact(i)
        switch predicate {
        case .and(let a, let b): return matches(a, i) && matches(b, i)
        case .or(let a, let b): return matches(a, i) || matches(b, i)
        case .not(let p): return !matches(p, i)
        case .number(let field, let op, let target):
            let actual: Double?
            switch field {
            case .age: actual = context.days(since: fact.time)
            case .intensity(nil): actual = fact.maxIntensity.map(Double.init)
            case .intensity(let family?):
                actual = fact.reactions.filter { $0.family == family }.map { Double($0.intensity) }.max()
            case .rating: actual = fact.rating
            case .severity: actual = fact.maxSeverity.map(Double.init)
            }
            guard let actual else { return false }
            return op.holds(actual, target)
        case .member(let field, let value, let equals):
            let list: [String]
            switch field {
            case .barrier: list = fact.barriers
            case .item: list = fact.items
            case .reaction: list = fact.reactions.map(\.family)
            case .tag: list = fact.tags
            case .trigger: list = fact.trigger
            case .manifestation: list = fact.manifestation
            case .origin: list = fact.origin
            case .management: list = fact.management
            }
            return list.contains(value) == equals
        case .value(let field, let value, let equals):
            let actual: String?
            switch field {
            case .client: actual = fact.client
            case .direction: actual = fact.direction
            case .period: actual = fact.period
            case .instrument: actual = fact.instrument
            case .prompt: actual = fact.prompt
            case .rule: actual = fact.rule
            }
            return (actual == value) == equals
        case .textContains(let needle):
            return TextMatch.containsWord(context.text(i), needle)
        case .flag(.flagged): return fact.flagged
        case .flag(.waiting): return context.isWaiting(fact)
        case .flag(.shared): return fact.shared
        }
    }
}
