import Foundation

/// The reflective prompts rules can point to, read from `*.prompts` files (format in docs/RULES.md):
/// ```
/// [gibbs.feelings-first]
/// models: gibbs.feelings, seven-eyed.4
/// fits: strong-reaction, ct
/// stages: Description | Feelings | …      (optional; defaults to the first model's stages)
/// text: First line of the question,
///   continued on indented lines.
/// ```
public struct PromptLibrary: Sendable {
    public private(set) var prompts: [Prompt]
    private var byID: [String: Int]

    public init(prompts: [Prompt] = []) {
        self.prompts = []
        byID = [:]
        for p in prompts { add(p) }
    }

    public subscript(id: String) -> Prompt? { byID[id].map { prompts[$0] } }

    /// Prompts tagged with a situation (`burnout`, `cultural`, …), in file order.
    public func fitting(_ situation: String) -> [Prompt] { prompts.filter { $0.situations.contains(situation) } }

    /// Prompts following a model tag or any of its stages: `seven-eyed` matches `seven-eyed.4`.
    public func following(_ model: String) -> [Prompt] {
        prompts.filter { $0.models.contains { $0 == model || $0.hasPrefix(model + ".") } }
    }

    /// Adds or replaces a prompt (a later file can refine a shipped prompt).
    public mutating func add(_ prompt: Prompt) {
        if let i = byID[prompt.id] { prompts[i] = prompt } else {
            byID[prompt.id] = prompts.count
            prompts.append(prompt)
        }
    }

    /// Loads every `*.prompts` file in each folder (sorted by name); missing folders are skipped.
    public static func load(folders: [URL]) -> (PromptLibrary, [RuleDiagnostic]) {
        var library = PromptLibrary()
        var diagnostics: [RuleDiagnostic] = []
        for folder in folders {
            for file in RuleFiles.list(folder, extension: "prompts", diagnostics: &diagnostics) {
                guard let text = RuleFiles.read(file, diagnostics: &diagnostics) else { continue }
                let (parsed, problems) = parse(text: text, file: file.path)
                for p in parsed.prompts { library.add(p) }
                diagnostics += problems
            }
        }
        return (library, diagnostics)
    }

    public static func load(folder: URL) -> (PromptLibrary, [RuleDiagnostic]) { load(folders: [folder]) }

    public static func parse(text: String, file: String) -> (PromptLibrary, [RuleDiagnostic]) {
        var parser = PromptFileParser(file: file)
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            parser.line(raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw), number: lineNumber)
        }
        parser.finish()
        return (PromptLibrary(prompts: parser.prompts), parser.diagnostics)
    }
}

/// Line reader for prompt files; a broken prompt is reported and left out, the rest load.
private struct PromptFileParser {
    let file: String
    var prompts: [Prompt] = []
    var diagnostics: [RuleDiagnostic] = []
    private var id: String?
    private var idLocation = SourceLocation(line: 1, column: 1)
    private var fields: [String: String] = [:]
    private var lastKey: String?
    private var broken = false
    private var seen: [String: Int] = [:]

    init(file: String) { self.file = file }

    private mutating func fail(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(RuleDiagnostic(file: file, location: SourceLocation(line: line, column: column), message: message))
        broken = true
    }

    mutating func line(_ text: String, number: Int) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { lastKey = nil; return }
        if trimmed.hasPrefix("#") { return }
        if text.first == " " || text.first == "\t" {
            guard let key = lastKey, id != nil else {
                return fail(number, 1, "An indented line continues the line above it, but there is nothing to continue here.")
            }
            fields[key, default: ""] += " " + trimmed
            return
        }
        if text.hasPrefix("[") {
            finish()
            guard text.hasSuffix("]"), text.count > 2 else {
                id = ""  // swallow this prompt's lines without further errors
                return fail(number, 1, "A prompt starts with its id in square brackets, e.g. [gibbs.feelings-first].")
            }
            let newID = String(text.dropFirst().dropLast())
            guard newID.unicodeScalars.allSatisfy(RuleTokenizer.isNameContinue),
                  let first = newID.unicodeScalars.first, RuleTokenizer.isNameStart(first) else {
                id = ""
                return fail(number, 2, "Prompt id '\(newID)' may use only letters, digits, '.', '-' and '_', starting with a letter.")
            }
            broken = false
            if let earlier = seen[newID] { fail(number, 2, "Prompt id '\(newID)' is already used at line \(earlier).") }
            seen[newID] = seen[newID] ?? number
            id = newID
            idLocation = SourceLocation(line: number, column: 2)
            return
        }
        if id == "" { return }  // inside a prompt whose [id] line was broken: already reported
        guard let colon = text.firstIndex(of: ":") else {
            return fail(number, 1, "Expected 'key: value' (models, fits, stages or text), a [prompt-id] line, or a # comment.")
        }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces)
        guard ["models", "fits", "stages", "text"].contains(key) else {
            return fail(number, 1, "Unknown key '\(key)'; prompt keys are models, fits, stages and text.")
        }
        guard id != nil else { return fail(number, 1, "'\(key)' comes before any [prompt-id] line.") }
        if fields[key] != nil { return fail(number, 1, "This prompt already has a '\(key)' line.") }
        fields[key] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        lastKey = key
    }

    mutating func finish() {
        defer { id = nil; fields = [:]; lastKey = nil; broken = false }
        guard let id, !broken else { return }
        let at = idLocation
        func list(_ key: String, separator: Character) -> [String] {
            (fields[key] ?? "").split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let models = list("models", separator: ","), fits = list("fits", separator: ",")
        let text = fields["text"] ?? ""
        var missing: [String] = []
        if text.isEmpty { missing.append("text") }
        if models.isEmpty { missing.append("models") }
        if fits.isEmpty { missing.append("fits") }
        guard missing.isEmpty else {
            return fail(at.line, at.column, "Prompt '\(id)' has no \(missing.joined(separator: ", ")); each prompt needs text, models and fits.")
        }
        if let unknown = models.first(where: { ReflectionModel.of(tag: $0) == nil }) {
            let known = ReflectionModel.allCases.map(\.rawValue).joined(separator: ", ")
            return fail(at.line, at.column, "Prompt '\(id)' names an unknown model '\(unknown)'; models are \(known).")
        }
        let stages = fields["stages"].map { _ in list("stages", separator: "|") }
        prompts.append(Prompt(id: id, text: text, models: models, situations: fits, stages: stages))
    }
}
