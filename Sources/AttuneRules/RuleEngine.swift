import AttuneDomain
import Foundation

/// Runs the rules over a workbook's entries and turns firings into ranked, explained suggestions.
public struct RuleEngine: Sendable {
    public let rules: RuleSet
    public let prompts: PromptLibrary

    public init(rules: RuleSet, prompts: PromptLibrary) {
        self.rules = rules
        self.prompts = prompts
    }

    /// Suggestions for now: hidden ones (dismissed with unchanged facts, or snoozed) left out; ranked by
    /// priority, then by how recent the triggering data is; one per rule group and each prompt once.
    public func suggestions(entries: [Entry], now: Date, role: String, dismissals: Dismissals = Dismissals(),
                            limit: Int = 5) -> [Suggestion] {
        let visible = firings(entries: entries, now: now, role: role).filter {
            !dismissals.hides(fingerprint: $0.fingerprint, snoozeKey: snoozeKey($0), now: now)
        }
        let ranked = visible.sorted { a, b in
            if a.rule.priority != b.rule.priority { return a.rule.priority > b.rule.priority }
            let ta = a.latestEvidence ?? .distantPast, tb = b.latestEvidence ?? .distantPast
            if ta != tb { return ta > tb }
            if a.rule.id != b.rule.id { return a.rule.id < b.rule.id }
            return (a.groupValue ?? "") < (b.groupValue ?? "")
        }
        var result: [Suggestion] = []
        var usedGroups: Set<String> = []
        var usedPrompts: Set<String> = []
        for firing in ranked where result.count < max(0, limit) {
            guard !usedGroups.contains(firing.rule.group),
                  let prompt = choosePrompt(firing, avoiding: usedPrompts) else { continue }
            usedGroups.insert(firing.rule.group)
            usedPrompts.insert(prompt.id)
            result.append(Suggestion(ruleID: firing.rule.id, ruleTitle: firing.rule.title, group: firing.rule.group,
                                     prompt: prompt, why: firing.why, priority: firing.rule.priority,
                                     fingerprint: firing.fingerprint, triggeringEntryIDs: firing.triggeringEntryIDs,
                                     groupValue: firing.groupValue, latestEvidence: firing.latestEvidence))
        }
        return result
    }

    /// Every firing of every rule, unranked (grouped rules fire once per value that meets the condition).
    public func firings(entries: [Entry], now: Date, role: String) -> [RuleFiring] {
        let context = EvaluationContext(entries: entries, now: now, role: role)
        return rules.rules.flatMap { Self.fire($0, in: context) }
    }

    static func fire(_ rule: Rule, in context: EvaluationContext) -> [RuleFiring] {
        guard let key = rule.condition.groupKey ?? rule.why.groupKeys.first else {
            var evaluator = Evaluator(context: context, binding: nil)
            guard evaluator.holds(rule.condition) else { return [] }
            return [firing(rule, nil, evaluator.evidence, context)]
        }
        var result: [RuleFiring] = []
        for value in context.groupValues(key) {
            var evaluator = Evaluator(context: context, binding: (key, value))
            if evaluator.holds(rule.condition) { result.append(firing(rule, (key, value), evaluator.evidence, context)) }
        }
        return result
    }

    private static func firing(_ rule: Rule, _ binding: (key: GroupKey, value: String)?, _ evidence: [Int],
                               _ context: EvaluationContext) -> RuleFiring {
        let used = Array(Set(evidence)).sorted(by: >)  // facts are sorted by time, so this is newest first
        var parts = [rule.id, binding.map { "\($0.key.rawValue)=\($0.value)" } ?? ""]
        for i in used.reversed() { parts.append("\(context.entryID(i).rawValue)@\(context.updated(i))") }
        return RuleFiring(rule: rule, groupValue: binding?.value, why: renderWhy(rule.why, binding, context),
                          fingerprint: Fingerprint.make(parts),
                          triggeringEntryIDs: used.prefix(10).map { context.entryID($0) },
                          latestEvidence: used.first.map { Date(timeIntervalSince1970: context.times[$0]) })
    }

    static func renderWhy(_ why: WhyTemplate, _ binding: (key: GroupKey, value: String)?, _ context: EvaluationContext) -> String {
        var evaluator = Evaluator(context: context, binding: binding)
        var text = ""
        for part in why.parts {
            switch part {
            case .text(let t): text += t
            case .group: text += binding?.value ?? "—"
            case .value(let term): text += WhyFormat.render(evaluator.value(term), term)
            }
        }
        return text
    }

    private func snoozeKey(_ firing: RuleFiring) -> String {
        firing.groupValue.map { "\(firing.rule.id)/\($0)" } ?? firing.rule.id
    }

    /// Picks one of the rule's prompts: the starting point comes from the fingerprint, so the same facts keep
    /// the same prompt while new facts may bring another; prompts already suggested above are skipped.
    func choosePrompt(_ firing: RuleFiring, avoiding used: Set<String>) -> Prompt? {
        let candidates: [Prompt] = firing.rule.prompts.enumerated().compactMap { index, reference in
            switch reference {
            case .library(let id, _): return prompts[id]
            case .inline(let text):
                return Prompt(id: "\(firing.rule.id)#\(index + 1)", text: text, models: ["driscoll"], situations: ["inline"])
            }
        }
        guard !candidates.isEmpty else { return nil }
        let start = Int(UInt64(firing.fingerprint, radix: 16).map { $0 % UInt64(candidates.count) } ?? 0)
        for offset in 0..<candidates.count {
            let prompt = candidates[(start + offset) % candidates.count]
            if !used.contains(prompt.id) { return prompt }
        }
        return nil
    }
}

/// How values read inside why texts: changes carry a sign, days_since reads "21 days ago" or "never".
enum WhyFormat {
    static func render(_ value: Double?, _ term: NumericTerm) -> String {
        guard let value else { return "none" }
        switch term {
        case .change, .changeOver: return (value > 0 ? "+" : "") + RuleFormat.number(value)
        case .daysSince:
            if value.isInfinite { return "never" }
            if value < 1 { return "today" }
            return value < 2 ? "1 day ago" : "\(RuleFormat.number(value)) days ago"
        default: return RuleFormat.number(value)
        }
    }
}
