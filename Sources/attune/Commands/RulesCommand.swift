import ArgumentParser
import AttuneApp
import AttuneResources
import AttuneRules
import AttuneStore
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check rule files and explain why a rule fires (docs/RULES.md describes the language).",
        subcommands: [Check.self, Explain.self, List.self])

    /// The shipped rules and prompts plus the workbook's own.
    static func service(_ global: GlobalOptions) throws -> (SuggestionService, Workbook?) {
        let url = global.workbookURL
        let wb = FileManager.default.fileExists(atPath: url.appendingPathComponent("workbook").path)
            ? try global.open(.readOnly) : nil
        guard let service = SuggestionService.load(workbookURL: wb?.url) else {
            throw CLIError("the shipped rules were not found: \(String(describing: (try? ResourceLocator.resourcesFolder()) ?? URL(fileURLWithPath: "?")))")
        }
        return (service, wb)
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint a rule file (or folder); with no argument, the shipped rules and the workbook's own.",
            discussion: "Prints FILE:LINE:COLUMN: error: sentence for each problem and exits 1 when there are errors.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A .rules file or a folder of them.") var file: String?

        func run() throws {
            try reportingErrors {
                let (service, wb) = try RulesCommand.service(global)
                defer { wb?.close() }
                let prompts = service.engine.prompts
                let problems: [RuleDiagnostic]
                if let file {
                    guard FileManager.default.fileExists(atPath: file) else { throw CLIError("no file at \(file)") }
                    problems = RuleLinter.check(path: URL(fileURLWithPath: file), prompts: prompts)
                } else {
                    problems = service.diagnostics + RuleLinter.check(
                        defaults: try? ResourceLocator.url("rules"),
                        workbookRules: wb?.url.appendingPathComponent("rules"), prompts: prompts)
                }
                var seen = Set<String>()
                for p in problems where seen.insert(p.description).inserted { print(p) }
                let errors = problems.filter { $0.severity == .error }.count
                if problems.isEmpty {
                    print(file.map { "\($0): no problems." } ?? "\(service.engine.rules.rules.count) rules, \(prompts.prompts.count) prompts: no problems.")
                }
                if errors > 0 { throw ExitCode(1) }
            }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a rule looks at and why it fires or not on this workbook.",
            discussion: "Example: attune rules explain burnout.pulse-high")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The rule's id (see `attune rules list`).") var id: String

        func run() throws {
            try reportingErrors {
                let (service, wb) = try RulesCommand.service(global)
                defer { wb?.close() }
                guard service.engine.rules[id] != nil else {
                    throw CLIError("no rule with id \(id). `attune rules list` shows them.")
                }
                let entries = wb?.summaries().map(\.partialEntry) ?? []
                print(service.engine.explain(ruleID: id, entries: entries, now: Clock.now(),
                                             role: wb?.role.rawValue ?? "supervisee"))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules in force (shipped and the workbook's).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingErrors {
                let (service, wb) = try RulesCommand.service(global)
                defer { wb?.close() }
                for rule in service.engine.rules.rules {
                    print("\(rule.id)  [\(rule.group), priority \(rule.priority)]  \(rule.title)")
                }
            }
        }
    }
}

struct PromptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompts",
        abstract: "Print the reflections Attune suggests now, each with the reason.",
        discussion: "The same suggestions as the dashboard's panel (dismissed and snoozed ones left out).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "At most this many.") var limit: Int = 5
    @Flag(help: "Print JSON (rule, prompt id and text, models, why, priority, triggering entry ids).") var json = false

    func run() throws {
        try reportingErrors {
            let (service, wb) = try RulesCommand.service(global)
            defer { wb?.close() }
            let entries = wb?.summaries().map(\.partialEntry) ?? []
            let list = service.suggestions(entries: entries, now: Clock.now(), role: wb?.role.rawValue ?? "supervisee",
                                           limit: max(0, limit))
            if json {
                let objects: [[String: Any]] = list.map { s in
                    ["rule": s.ruleID, "title": s.ruleTitle, "prompt": s.prompt.id, "text": s.prompt.text,
                     "models": s.prompt.models, "stages": s.prompt.stages, "why": s.why, "priority": s.priority,
                     "entries": s.triggeringEntryIDs.map(\.rawValue), "fingerprint": s.fingerprint]
                }
                let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            if list.isEmpty { print("Nothing to suggest right now."); return }
            for (i, s) in list.enumerated() {
                print("\(i + 1). \(s.prompt.text)")
                print("   why: \(s.why)  [\(s.ruleID)]")
            }
        }
    }
}
