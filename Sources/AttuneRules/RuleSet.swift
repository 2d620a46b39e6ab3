import Foundation

/// The rules in force: the shipped defaults, then the workbook's own `rules/*.rules` (a supervisor can write
/// these for a supervisee). A workbook rule with a default's id replaces it; `disable <id>` turns one off.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule]
    /// Ids turned off by `disable` statements.
    public private(set) var disabled: [String]

    public init(rules: [Rule], disabled: [String] = []) {
        self.rules = rules
        self.disabled = disabled
    }

    public subscript(id: String) -> Rule? { rules.first { $0.id == id } }

    /// Loads both layers. Every problem comes back as a diagnostic; rules without problems always load.
    /// Prompt ids are checked against `prompts`: unknown ones are reported and dropped, and a rule left with no
    /// prompt is left out.
    public static func load(defaults: URL?, workbookRules: URL?, prompts: PromptLibrary) -> (RuleSet, [RuleDiagnostic]) {
        var diagnostics: [RuleDiagnostic] = []
        var ordered: [Rule] = []
        var position: [String: Int] = [:]
        var disabled: [(id: String, file: String, location: SourceLocation)] = []
        for folder in [defaults, workbookRules].compactMap({ $0 }) {
            var seenInLayer: [String: String] = [:]
            for file in RuleFiles.list(folder, extension: "rules", diagnostics: &diagnostics) {
                guard let text = RuleFiles.read(file, diagnostics: &diagnostics) else { continue }
                let document = RuleParser.parseDocument(text: text, file: file.path)
                diagnostics += document.diagnostics
                disabled += document.disabled.map { ($0, file.path, document.disabledLocations[$0] ?? SourceLocation(line: 1, column: 1)) }
                for rule in document.rules {
                    guard let checked = resolvePrompts(rule, prompts: prompts, diagnostics: &diagnostics) else { continue }
                    if let other = seenInLayer[rule.id], other != file.path {
                        diagnostics.append(RuleDiagnostic(file: file.path, location: rule.location, severity: .warning,
                                                          message: "Rule '\(rule.id)' is also defined in \(other); this one is used."))
                    }
                    seenInLayer[rule.id] = file.path
                    if let i = position[rule.id] { ordered[i] = checked } else {
                        position[rule.id] = ordered.count
                        ordered.append(checked)
                    }
                }
            }
        }
        let known = Set(ordered.map(\.id))
        for (id, file, location) in disabled where !known.contains(id) {
            diagnostics.append(RuleDiagnostic(file: file, location: location, severity: .warning,
                                              message: "'disable \(id)' names no rule that is loaded."))
        }
        let off = Set(disabled.map(\.id))
        return (RuleSet(rules: ordered.filter { !off.contains($0.id) }, disabled: disabled.map(\.id)), diagnostics)
    }

    /// Checks a rule's prompt ids; returns the rule with only the usable prompts, or nil if none is left.
    static func resolvePrompts(_ rule: Rule, prompts: PromptLibrary, diagnostics: inout [RuleDiagnostic]) -> Rule? {
        var usable: [PromptReference] = []
        for reference in rule.prompts {
            if case .library(let id, let location) = reference, prompts[id] == nil {
                diagnostics.append(RuleDiagnostic(file: rule.file, location: location,
                                                  message: "Rule '\(rule.id)' names prompt '\(id)', which is not in the prompt library."))
                continue
            }
            usable.append(reference)
        }
        guard !usable.isEmpty else {
            diagnostics.append(RuleDiagnostic(file: rule.file, location: rule.location,
                                              message: "Rule '\(rule.id)' has no usable prompt, so it is left out."))
            return nil
        }
        return Rule(id: rule.id, title: rule.title, group: rule.group, priority: rule.priority, condition: rule.condition,
                    prompts: usable, why: rule.why, file: rule.file, location: rule.location)
    }
}
