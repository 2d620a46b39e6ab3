import AttuneDomain
import Foundation

extension RuleEngine {
    /// For `attune rules explain ID`: what the rule looks at, the values it saw on this workbook, and why it
    /// fires or not. Plain text, one fact per line.
    public func explain(ruleID: String, entries: [Entry], now: Date, role: String) -> String {
        guard let rule = rules[ruleID] else {
            if rules.disabled.contains(ruleID) { return "Rule '\(ruleID)' is turned off by a 'disable \(ruleID)' statement.\n" }
            let close = rules.rules.map(\.id).filter { $0.hasPrefix(ruleID.split(separator: ".").first.map(String.init) ?? ruleID) }
            let list = (close.isEmpty ? rules.rules.map(\.id) : close).joined(separator: ", ")
            return "No rule '\(ruleID)' is loaded. Loaded rules: \(list).\n"
        }
        let context = EvaluationContext(entries: entries, now: now, role: role)
        var lines: [String] = []
        lines.append("Rule \(rule.id)" + (rule.title == rule.id ? "" : ": \(rule.title)"))
        lines.append("  from \(rule.file.isEmpty ? "(text)" : rule.file):\(rule.location.line), group \(rule.group), priority \(rule.priority)")
        lines.append("Looks at: " + Self.inputs(of: rule).joined(separator: "; "))
        lines.append("Condition: \(rule.condition)")
        lines.append("Why text: \(rule.why)")
        lines.append("Prompts: " + rule.prompts.map { ref -> String in
            switch ref {
            case .library(let id, _): return id
            case .inline(let text): return "\"\(text.prefix(40))\(text.count > 40 ? "…" : "")\""
            }
        }.joined(separator: ", "))
        lines.append("Workbook: \(context.count) entries up to \(Timestamp.format(now)), role \(role.isEmpty ? "unset" : role)")
        lines.append("")
        guard let key = rule.condition.groupKey ?? rule.why.groupKeys.first else {
            var tracer = Evaluator(context: context, binding: nil, tracing: true)
            let fired = tracer.holds(rule.condition)
            lines += tracer.trace ?? []
            lines.append("")
            lines += outcome(rule, fired: fired, binding: nil, context: context)
            return lines.joined(separator: "\n") + "\n"
        }
        let values = context.groupValues(key)
        guard !values.isEmpty else {
            lines.append("The rule is tried once per \(key.rawValue), and no \(key.rawValue) appears in the entries yet, so it does not fire.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("The rule is tried once per \(key.rawValue) (\(values.count) in the entries, most recent first).")
        var firedFor: [String] = []
        var shown = 0
        for value in values {
            var evaluator = Evaluator(context: context, binding: (key, value))
            let fired = evaluator.holds(rule.condition)
            if fired { firedFor.append(value) }
            guard fired ? firedFor.count <= 5 : shown < 3 else { continue }
            if !fired { shown += 1 }
            var tracer = Evaluator(context: context, binding: (key, value), tracing: true)
            _ = tracer.holds(rule.condition, indent: 1)
            lines.append("")
            lines.append("\(key.rawValue) \(value): \(fired ? "fires" : "does not fire")")
            lines += tracer.trace ?? []
            if fired { lines += outcome(rule, fired: true, binding: (key, value), context: context).map { "  " + $0 } }
        }
        lines.append("")
        lines.append(firedFor.isEmpty ? "Result: does not fire for any \(key.rawValue)."
                     : "Result: fires for \(firedFor.count) \(key.rawValue) value\(firedFor.count == 1 ? "" : "s"): "
                       + firedFor.prefix(10).joined(separator: ", ") + (firedFor.count > 10 ? ", …" : "") + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    private func outcome(_ rule: Rule, fired: Bool, binding: (key: GroupKey, value: String)?, context: EvaluationContext) -> [String] {
        guard fired else { return ["Result: does not fire; the condition is not met on these entries."] }
        let firing = Self.fire(rule, in: context).first { $0.groupValue == binding?.value }
        var lines = ["Result: fires. Why: \(Self.renderWhy(rule.why, binding, context))"]
        if let firing {
            if !firing.triggeringEntryIDs.isEmpty {
                lines.append("Triggering entries: " + firing.triggeringEntryIDs.map(\.rawValue).joined(separator: ", "))
            }
            lines.append("Fingerprint: \(firing.fingerprint) (a dismissal lasts until this changes)")
        }
        return lines
    }

    /// The data a rule reads, in the order it appears: terms of the condition and the why text, and the role.
    static func inputs(of rule: Rule) -> [String] {
        var seen: Set<String> = []
        var ordered: [String] = []
        func add(_ text: String) { if seen.insert(text).inserted { ordered.append(text) } }
        func walk(_ c: Condition) {
            switch c {
            case .and(let a, let b), .or(let a, let b): walk(a); walk(b)
            case .not(let inner): walk(inner)
            case .role: add("the role")
            case .compare(let l, _, let r):
                for t in [l, r] { if case .constant = t {} else { add(t.description) } }
            }
        }
        walk(rule.condition)
        for term in rule.why.terms { add(term.description) }
        return ordered
    }
}
