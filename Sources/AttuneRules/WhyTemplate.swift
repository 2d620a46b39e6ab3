/// The "why" sentence of a rule: text with `{…}` placeholders that name the data the rule looked at, e.g.
/// `"exhaustion {latest(checkin.exhaustion)} (was {was(checkin.exhaustion, 21d)} three weeks ago)"`.
public struct WhyTemplate: Sendable, Hashable, CustomStringConvertible {
    public enum Part: Sendable, Hashable {
        case text(String)
        /// A number the rule can compute; rendered with the same evaluation as the condition.
        case value(NumericTerm)
        /// The value the rule is grouped by (`{client}`, `{barrier}`, …).
        case group(GroupKey)
    }
    public let parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// The template as written (placeholders in canonical form).
    public var description: String {
        parts.map { part -> String in
            switch part {
            case .text(let t): return t.replacingBraces()
            case .value(let term): return "{\(term)}"
            case .group(let key): return "{\(key.rawValue)}"
            }
        }.joined()
    }

    var terms: [NumericTerm] {
        parts.compactMap { if case .value(let t) = $0 { return t }; return nil }
    }
    var groupKeys: [GroupKey] {
        parts.compactMap { if case .group(let k) = $0 { return k }; return nil }
    }
}

private extension String {
    func replacingBraces() -> String {
        var out = ""
        for c in self {
            if c == "{" || c == "}" { out += "\\" }
            out.append(c)
        }
        return out
    }
}
