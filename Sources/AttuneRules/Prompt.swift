/// A reflective prompt: the question, the reflection models it follows (tags such as `gibbs`,
/// `seven-eyed.4`, `proctor.restorative`, `bernard.personalization`), the situations it fits, and the
/// model stages a reflection answering it uses as `##` headings.
public struct Prompt: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let text: String
    public let models: [String]
    public let situations: [String]
    public let stages: [String]

    public init(id: String, text: String, models: [String], situations: [String], stages: [String]? = nil) {
        self.id = id
        self.text = text
        self.models = models
        self.situations = situations
        self.stages = stages ?? ReflectionModel.stages(forTags: models)
    }
}

/// The reflection models of docs (domain.md §5) and the headings a written reflection uses for each.
/// Stage names follow each model's published structure; the wording of our own headings is Attune's.
public enum ReflectionModel: String, Sendable, CaseIterable {
    case gibbs, driscoll, sevenEyed = "seven-eyed", proctor, bernard

    /// The model of a tag: `seven-eyed.4` → sevenEyed.
    public static func of(tag: String) -> ReflectionModel? {
        ReflectionModel(rawValue: String(tag.split(separator: ".", maxSplits: 1).first ?? ""))
    }

    /// Headings for answering a prompt whose first model tag is `tag`.
    public static func stages(forTags tags: [String]) -> [String] {
        guard let tag = tags.first else { return driscollStages }
        let detail = tag.split(separator: ".").dropFirst().first.map(String.init) ?? ""
        switch of(tag: tag) {
        case .gibbs: return ["Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"]
        case .sevenEyed: return ["What I noticed", "What it may mean", "What I will do or bring to supervision"]
        case .proctor:
            switch detail {
            case "restorative": return ["How I am", "What drains and what restores me", "What I will change"]
            case "normative": return ["The situation", "The standard or limit at stake", "What I will do"]
            default: return ["What happened", "What I am learning", "What I will practise"]
            }
        case .bernard:
            switch detail {
            case "intervention": return ["What I did", "What else I could have done", "What I will try"]
            case "conceptualization": return ["What I see", "How I understand it", "What follows for the work"]
            case "personalization": return ["What it stirred in me", "Where it comes from", "How I will use it"]
            default: return ["What I notice", "What the supervisee needs", "What I will offer"]
            }
        case .driscoll, .none: return driscollStages
        }
    }

    static let driscollStages = ["What?", "So what?", "Now what?"]
}
