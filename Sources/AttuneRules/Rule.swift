/// One rule: when its condition holds on the workbook, it offers one of its prompts and says why.
public struct Rule: Sendable, Hashable, Identifiable {
    public let id: String
    /// A short human title for lists; defaults to the id.
    public let title: String
    /// Rules in one group are near-duplicates of each other: only the best-ranked firing of a group is suggested.
    public let group: String
    /// 0–100; higher comes first.
    public let priority: Int
    public let condition: Condition
    public let prompts: [PromptReference]
    public let why: WhyTemplate
    /// The file the rule came from, as given to the parser.
    public let file: String
    public let location: SourceLocation

    public init(id: String, title: String? = nil, group: String? = nil, priority: Int = 50, condition: Condition,
                prompts: [PromptReference], why: WhyTemplate, file: String = "", location: SourceLocation = .init(line: 1, column: 1)) {
        self.id = id
        self.title = title ?? id
        self.group = group ?? id
        self.priority = priority
        self.condition = condition
        self.prompts = prompts
        self.why = why
        self.file = file
        self.location = location
    }
}

/// A rule's prompt: an id in the prompt library, or text written in the rule itself.
public enum PromptReference: Sendable, Hashable {
    case library(id: String, location: SourceLocation)
    case inline(text: String)
}
