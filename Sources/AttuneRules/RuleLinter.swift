import Foundation

/// For `attune rules check [FILE]`: every error and warning in rule files, without evaluating anything.
public enum RuleLinter {
    /// Checks rule text. Warnings cover rules that load but read poorly: a why text that names no data,
    /// or a grouped rule whose why does not say which client (barrier, …) it is about.
    public static func check(text: String, file: String, prompts: PromptLibrary) -> [RuleDiagnostic] {
        let document = RuleParser.parseDocument(text: text, file: file)
        var diagnostics = document.diagnostics
        for rule in document.rules {
            _ = RuleSet.resolvePrompts(rule, prompts: prompts, diagnostics: &diagnostics)
            if rule.why.terms.isEmpty && rule.why.groupKeys.isEmpty {
                diagnostics.append(RuleDiagnostic(file: file, location: rule.location, severity: .warning,
                    message: "The why text of '\(rule.id)' names no data; add a placeholder such as {latest(checkin.exhaustion)}."))
            }
            if let key = rule.condition.groupKey, !rule.why.groupKeys.contains(key) {
                diagnostics.append(RuleDiagnostic(file: file, location: rule.location, severity: .warning,
                    message: "Rule '\(rule.id)' fires per \(key.rawValue), but its why text does not say which; add {\(key.rawValue)}."))
            }
        }
        return diagnostics.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    /// Checks one `.rules` file, or every `.rules` file in a folder.
    public static func check(path: URL, prompts: PromptLibrary) -> [RuleDiagnostic] {
        var diagnostics: [RuleDiagnostic] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
            return [RuleDiagnostic(file: path.path, location: SourceLocation(line: 1, column: 1),
                                   message: "There is no file or folder here.")]
        }
        let files = isDirectory.boolValue ? RuleFiles.list(path, extension: "rules", diagnostics: &diagnostics) : [path]
        for file in files {
            guard let text = RuleFiles.read(file, diagnostics: &diagnostics) else { continue }
            diagnostics += check(text: text, file: file.path, prompts: prompts)
        }
        return diagnostics
    }

    /// `attune rules check` without a file: the shipped rules and the workbook's, as they will load (folders that
    /// do not exist are skipped), plus warnings about rules replaced or disabled.
    public static func check(defaults: URL?, workbookRules: URL?, prompts: PromptLibrary) -> [RuleDiagnostic] {
        var diagnostics: [RuleDiagnostic] = []
        for folder in [defaults, workbookRules].compactMap({ $0 }) where FileManager.default.fileExists(atPath: folder.path) {
            diagnostics += check(path: folder, prompts: prompts)
        }
        let (_, loading) = RuleSet.load(defaults: defaults, workbookRules: workbookRules, prompts: prompts)
        for d in loading where d.severity == .warning && !diagnostics.contains(d) { diagnostics.append(d) }
        return diagnostics
    }
}
