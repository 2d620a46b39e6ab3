import AttuneDomain

/// The names rules may use, taken from docs/SCHEMA.md. Checking against them turns typos into load-time errors.
enum RuleVocabulary {
    static let roles: Set<String> = ["supervisee", "supervisor"]

    /// Score series: `checkin.<dimension>` (our pulse) and `<instrument>.<scale>` (imported instruments).
    static let scoreSources: [String] = [
        "checkin.exhaustion", "checkin.detachment", "checkin.irritability", "checkin.recovery",
        "checkin.effectiveness", "checkin.client_strain",
        "cbi.personal", "cbi.work", "cbi.client",
        "proqol5.compassion_satisfaction", "proqol5.burnout", "proqol5.secondary_trauma",
    ]
    private static let scoreSourceSet = Set(scoreSources)
    static func isScoreSource(_ name: String) -> Bool { scoreSourceSet.contains(name) }
    static var scoreSourceList: String { scoreSources.joined(separator: ", ") }

    static var kindList: String { EntryKind.allCases.map(\.rawValue).joined(separator: ", ") }

    /// Allowed values of the fields whose values are fixed by the schema; other fields take any value.
    static let setValues: [SetField: [String]] = [
        .barrier: ["fatigue", "countertransference", "emotional_balance", "cultural", "presence", "boundaries"],
        .reaction: ["overwhelmed", "helpless", "positive", "special", "sexualized", "disengaged", "parental",
                    "criticized", "hostile"],
        .trigger: ["client_material", "comparison", "structure_change", "progress", "perception", "client_emotion"],
        .manifestation: ["approach", "avoidance", "negative_feelings", "treatment_plan"],
        .origin: ["family", "needs_values", "therapy_specific", "cultural"],
        .management: ["self_insight", "self_integration", "anxiety_management", "empathy", "conceptualizing"],
    ]
    static let valueValues: [ValueField: [String]] = [
        .direction: ["toward", "away", "mixed"],
        .period: ["session", "week"],
        .instrument: ["cbi", "proqol5"],
    ]

    /// Which kinds carry each field (`nil` kind, i.e. `any`, may use them all).
    static let fieldKinds: [String: Set<EntryKind>] = {
        let all = Set(EntryKind.allCases)
        var map: [String: Set<EntryKind>] = ["age": all, "text": all, "tag": all, "shared": all]
        for f in ["direction", "reaction", "intensity", "rating", "trigger", "manifestation", "origin", "management",
                  "flagged", "waiting"] { map[f] = [.note] }
        map["client"] = [.note, .checklist]
        for f in ["barrier", "item", "severity", "period"] { map[f] = [.checklist] }
        map["instrument"] = [.assessment]
        map["prompt"] = [.reflection]
        map["rule"] = [.reflection]
        return map
    }()

    static let groupKinds: [GroupKey: Set<EntryKind>] = [
        .client: [.note, .checklist], .barrier: [.checklist], .item: [.checklist], .family: [.note],
    ]

    static var fieldList: String {
        fieldKinds.keys.sorted().joined(separator: ", ")
    }
}
