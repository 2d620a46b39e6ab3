import Foundation

/// A typed view of a `kind: note` entry (docs/SCHEMA.md). Converting to and from `Entry` keeps unknown keys.
public struct CountertransferenceNote: Hashable, Sendable {
    public struct Reaction: Hashable, Sendable {
        public var family: String
        public var intensity: Int
        public init(family: String, intensity: Int) { self.family = family; self.intensity = intensity }
    }

    public var client = ""
    public var sessionDate = ""
    public var sessionNumber: Int?
    public var triggerCategories: [String] = []
    public var triggerText = ""
    public var reactions: [Reaction] = []
    public var reactionOther = ""
    public var bodilyCues = ""
    public var direction = ""
    public var manifestationCategories: [String] = []
    public var manifestationText = ""
    public var originCategories: [String] = []
    public var originText = ""
    /// The origin usually touches the supervisee's own history, so it stays private unless they say otherwise.
    public var originPrivate = true
    public var effectText = ""
    public var effectRating: Int?
    public var managementFactors: [String] = []
    public var managementText = ""
    public var forSupervision = ""

    public init() {}

    /// The fields that must be filled before a note counts as complete (a half-done note is kept as a draft).
    public var missingRequired: [String] {
        var m: [String] = []
        if client.trimmingCharacters(in: .whitespaces).isEmpty { m.append("client code") }
        if sessionDate.isEmpty { m.append("session date") }
        if reactions.isEmpty && reactionOther.trimmingCharacters(in: .whitespaces).isEmpty { m.append("reactions") }
        if triggerCategories.isEmpty && triggerText.trimmingCharacters(in: .whitespaces).isEmpty { m.append("trigger") }
        return m
    }

    /// Every free-text part, labelled, for the identifier guard and for search.
    public var freeTexts: [(field: String, text: String)] {
        [("trigger", triggerText), ("reaction_other", reactionOther), ("bodily_cues", bodilyCues),
         ("manifestation", manifestationText), ("origin", originText), ("effect", effectText),
         ("management", managementText), ("for_supervision", forSupervision)].filter { !$0.1.isEmpty }
    }

    public var strongestReaction: Reaction? { reactions.max(by: { $0.intensity < $1.intensity }) }

    public var fields: Fields {
        var f = Fields()
        f["client"] = .string(client)
        f["session_date"] = .string(sessionDate)
        if let sessionNumber { f["session_number"] = .int(sessionNumber) }
        f["trigger"] = .map(["categories": .list(triggerCategories.map(Value.string)), "text": .string(triggerText)])
        f["reactions"] = .list(reactions.map { .map(["family": .string($0.family), "intensity": .int($0.intensity)]) })
        if !reactionOther.isEmpty { f["reaction_other"] = .string(reactionOther) }
        if !bodilyCues.isEmpty { f["bodily_cues"] = .string(bodilyCues) }
        if !direction.isEmpty { f["direction"] = .string(direction) }
        f["manifestation"] = .map(["categories": .list(manifestationCategories.map(Value.string)),
                                   "text": .string(manifestationText)])
        f["origin"] = .map(["categories": .list(originCategories.map(Value.string)), "text": .string(originText),
                            "private": .bool(originPrivate)])
        var effect: Fields = ["text": .string(effectText)]
        if let effectRating { effect["rating"] = .int(effectRating) }
        f["effect"] = .map(effect)
        f["management"] = .map(["factors": .list(managementFactors.map(Value.string)), "text": .string(managementText)])
        if !forSupervision.isEmpty { f["for_supervision"] = .string(forSupervision) }
        return f
    }

    public init(fields f: Fields) {
        client = f["client"]?.string ?? ""
        sessionDate = f["session_date"]?.string ?? ""
        sessionNumber = f["session_number"]?.int
        let trigger = f["trigger"]?.map ?? Fields()
        triggerCategories = trigger["categories"]?.stringList ?? []
        triggerText = trigger["text"]?.string ?? ""
        reactions = (f["reactions"]?.list ?? []).compactMap { v in
            guard let m = v.map, let fam = m["family"]?.string else { return nil }
            return Reaction(family: fam, intensity: min(5, max(1, m["intensity"]?.int ?? 3)))
        }
        reactionOther = f["reaction_other"]?.string ?? ""
        bodilyCues = f["bodily_cues"]?.string ?? ""
        direction = f["direction"]?.string ?? ""
        let man = f["manifestation"]?.map ?? Fields()
        manifestationCategories = man["categories"]?.stringList ?? []
        manifestationText = man["text"]?.string ?? ""
        let origin = f["origin"]?.map ?? Fields()
        originCategories = origin["categories"]?.stringList ?? []
        originText = origin["text"]?.string ?? ""
        originPrivate = origin["private"]?.bool ?? true
        let effect = f["effect"]?.map ?? Fields()
        effectText = effect["text"]?.string ?? ""
        effectRating = effect["rating"]?.int
        let mgmt = f["management"]?.map ?? Fields()
        managementFactors = mgmt["factors"]?.stringList ?? []
        managementText = mgmt["text"]?.string ?? ""
        forSupervision = f["for_supervision"]?.string ?? ""
    }

    /// Writes this note into an entry, keeping any keys the note does not know (hand-added by the user).
    public func apply(to entry: inout Entry) {
        var merged = entry.fields
        let known = CountertransferenceNote.knownKeys
        for key in merged.keys where known.contains(key) { merged[key] = nil }
        var result = fields
        for (k, v) in merged where result[k] == nil { result[k] = v }
        entry.fields = result
    }

    public static let knownKeys: Set<String> = ["client", "session_date", "session_number", "trigger", "reactions",
        "reaction_other", "bodily_cues", "direction", "manifestation", "origin", "effect", "management", "for_supervision"]
}
