import AttuneDomain

/// Compiles the part after `where` in `count(kind where …)`: tests on one entry's fields.
struct PredicateCompiler {
    let kind: EntryKind?

    func compile(_ syntax: RuleSyntax) throws -> EntryPredicate {
        switch syntax {
        case .or(let a, let b, _): return .or(try compile(a), try compile(b))
        case .and(let a, let b, _): return .and(try compile(a), try compile(b))
        case .not(let p, _): return .not(try compile(p))
        case .name(let n, let at):
            guard let flag = FlagField(rawValue: n) else {
                throw fail(at, "'\(n)' is not a yes/no field; compare it (e.g. \(n) = …) or use flagged, waiting or shared.")
            }
            try applies(n, at)
            return .flag(flag)
        case .compare(let lhs, let op, let rhs, let at):
            return try compileComparison(lhs, op, rhs, at)
        default:
            throw fail(syntax.location, "Expected a test on the entry (e.g. barrier = fatigue), found \(syntax.display).")
        }
    }

    private func compileComparison(_ lhs: RuleSyntax, _ op: String, _ rhs: RuleSyntax, _ at: SourceLocation) throws -> EntryPredicate {
        var fieldName: String
        var family: String?
        switch lhs {
        case .name(let n, _): fieldName = n
        case .call("intensity", let args, let l):
            guard args.count == 1, case .name(let f, let fl) = args[0] else {
                throw fail(l, "intensity(…) takes one reaction family, e.g. intensity(special).")
            }
            try checkValue(f, of: .reaction, at: fl)
            fieldName = "intensity"
            family = f
        default:
            throw fail(lhs.location, "Expected a field on the left of '\(op)' (one of \(RuleVocabulary.fieldList)), found \(lhs.display).")
        }
        if fieldName == "family" { fieldName = "reaction" }  // both words read naturally
        guard RuleVocabulary.fieldKinds[fieldName] != nil else {
            throw fail(lhs.location, "Unknown field '\(fieldName)'; fields are \(RuleVocabulary.fieldList).")
        }
        try applies(fieldName, lhs.location)
        if fieldName == "text" {
            guard op == "contains" else { throw fail(at, "Text is matched with contains, e.g. text contains \"rescue\".") }
            guard case .string(let word, let l) = rhs else {
                throw fail(rhs.location, "Expected quoted text after 'contains', found \(rhs.display).")
            }
            let needle = word.lowercased()
            guard needle.contains(where: { $0.isLetter || $0.isNumber }) else {
                throw fail(l, "'contains' needs a word or phrase to look for.")
            }
            return .textContains(needle)
        }
        if op == "contains" {
            throw fail(at, "Only text is matched with contains; compare \(fieldName) with = or !=.")
        }
        guard let comparison = ComparisonOperator(rawValue: op) else { throw fail(at, "Unknown comparison '\(op)'.") }
        if let numberField = numberField(fieldName, family: family) {
            let value: Double
            switch rhs {
            case .number(let n, _): value = n
            case .duration(let d, _) where fieldName == "age": value = d
            default: throw fail(rhs.location, "'\(fieldName)' is a number; compare it with a number, found \(rhs.display).")
            }
            return .number(numberField, comparison, value)
        }
        guard comparison == .equal || comparison == .notEqual else {
            throw fail(at, "'\(fieldName)' is not a number; compare it with = or !=.")
        }
        let value: String
        switch rhs {
        case .name(let n, _), .string(let n, _): value = n
        default: throw fail(rhs.location, "Expected a value for \(fieldName) (a name or quoted text), found \(rhs.display).")
        }
        if FlagField(rawValue: fieldName) != nil {
            throw fail(lhs.location, "'\(fieldName)' is yes or no; write it on its own (or 'not \(fieldName)').")
        }
        if let setField = SetField(rawValue: fieldName) {
            try checkValue(value, of: setField, at: rhs.location)
            return .member(setField, value, equals: comparison == .equal)
        }
        guard let valueField = ValueField(rawValue: fieldName) else {
            throw fail(lhs.location, "Unknown field '\(fieldName)'.")
        }
        if let allowed = RuleVocabulary.valueValues[valueField], !allowed.contains(value) {
            throw fail(rhs.location, "Unknown \(fieldName) '\(value)'; use \(allowed.joined(separator: ", ")).")
        }
        return .value(valueField, value, equals: comparison == .equal)
    }

    private func numberField(_ name: String, family: String?) -> NumberField? {
        switch name {
        case "age": return .age
        case "intensity": return .intensity(family: family)
        case "rating": return .rating
        case "severity": return .severity
        default: return nil
        }
    }

    private func checkValue(_ value: String, of field: SetField, at: SourceLocation) throws {
        if let allowed = RuleVocabulary.setValues[field], !allowed.contains(value) {
            throw fail(at, "Unknown \(field.rawValue) '\(value)'; use \(allowed.joined(separator: ", ")).")
        }
    }

    private func applies(_ field: String, _ at: SourceLocation) throws {
        guard let kind, let kinds = RuleVocabulary.fieldKinds[field], !kinds.contains(kind) else { return }
        let owners = kinds.map(\.rawValue).sorted().joined(separator: ", ")
        throw fail(at, "\(kind.rawValue) entries have no '\(field)' (it belongs to \(owners)); count those, or use any.")
    }

    private func fail(_ at: SourceLocation, _ message: String) -> RuleParseError {
        RuleParseError(location: at, message: message)
    }
}
