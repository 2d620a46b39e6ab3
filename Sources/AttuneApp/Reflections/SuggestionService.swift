import AttuneDomain
import AttuneResources
import AttuneRules
import AttuneStore
import Foundation

/// The rules engine as the app uses it: loads shipped and workbook rules and prompts, evaluates them over the
/// entries, and keeps dismissals and snoozes in `.attune/dismissals.json` (local state, not an entry).
public final class SuggestionService {
    public let engine: RuleEngine
    /// Problems found in rule and prompt files, reported once in the status line; the other rules still run.
    public let diagnostics: [RuleDiagnostic]
    public private(set) var dismissals: Dismissals
    let stateURL: URL?

    public init(engine: RuleEngine, diagnostics: [RuleDiagnostic] = [], dismissals: Dismissals = Dismissals(),
                stateURL: URL? = nil) {
        self.engine = engine
        self.diagnostics = diagnostics
        self.dismissals = dismissals
        self.stateURL = stateURL
    }

    /// Shipped rules and prompts from Resources, plus the workbook's own `rules/*.rules` and `rules/*.prompts`
    /// (a supervisor can write both for a supervisee).
    public static func load(workbookURL: URL?) -> SuggestionService? {
        guard let rulesFolder = try? ResourceLocator.url("rules"), let promptsFolder = try? ResourceLocator.url("prompts")
        else { return nil }
        let workbookRules = workbookURL?.appendingPathComponent("rules")
        let (prompts, promptProblems) = PromptLibrary.load(folders: [promptsFolder] + (workbookRules.map { [$0] } ?? []))
        let (rules, ruleProblems) = RuleSet.load(defaults: rulesFolder, workbookRules: workbookRules, prompts: prompts)
        let stateURL = workbookURL?.appendingPathComponent(".attune/dismissals.json")
        var dismissals = Dismissals()
        if let stateURL, let data = try? Data(contentsOf: stateURL),
           let decoded = try? JSONDecoder.iso.decode(Dismissals.self, from: data) {
            dismissals = decoded
        }
        return SuggestionService(engine: RuleEngine(rules: rules, prompts: prompts),
                                 diagnostics: promptProblems + ruleProblems, dismissals: dismissals, stateURL: stateURL)
    }

    public func suggestions(entries: [Entry], now: Date, role: String, limit: Int = 5) -> [Suggestion] {
        engine.suggestions(entries: entries, now: now, role: role, dismissals: dismissals, limit: limit)
    }

    public func dismiss(_ s: Suggestion, now: Date) {
        dismissals.dismiss(s, at: now)
        persist(now: now)
    }

    public func snooze(_ s: Suggestion, days: Int, now: Date) {
        dismissals.snooze(s, until: now.addingTimeInterval(Double(days) * 86_400))
        persist(now: now)
    }

    /// Best effort: losing a dismissal only means a suggestion shows again, so failures are not fatal.
    private func persist(now: Date) {
        guard let stateURL else { return }
        dismissals.prune(now: now)
        guard let data = try? JSONEncoder.iso.encode(dismissals) else { return }
        try? PrivateFile.write(data, to: stateURL)
    }
}

extension JSONDecoder {
    static var iso: JSONDecoder { let d = JSONDecoder(); d.dateDecodingStrategy = .iso8601; return d }
}

extension JSONEncoder {
    static var iso: JSONEncoder {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .prettyPrinted]
        return e
    }
}
