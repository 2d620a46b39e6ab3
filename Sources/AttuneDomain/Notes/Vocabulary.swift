/// The fixed vocabularies of a countertransference note, with ids stable across wording changes.
/// Structure from Hayes' structural model (Hayes 1995; Hayes, Nelson & Fauth 2015); categories from Hayes et al. 1998
/// (J. Counseling Psychology 45(4)); reaction families are the factor names of the Therapist Response Questionnaire
/// (Betan et al. 2005); management factors from the Countertransference Factors Inventory (Van Wagoner et al. 1991).
/// Labels and hints are our own words.
public struct Choice: Hashable, Sendable, Identifiable {
    public let id: String
    public let label: String
    public let hint: String
    public init(_ id: String, _ label: String, _ hint: String = "") { self.id = id; self.label = label; self.hint = hint }
}

public enum NoteVocabulary {
    public static let triggers: [Choice] = [
        Choice("client_material", "Client's material or topic", "what the client brought touched something"),
        Choice("comparison", "Comparing the client with others", "someone in my life, another client"),
        Choice("structure_change", "Change in the frame of therapy", "lateness, a break, ending, fees"),
        Choice("progress", "Assessing progress", "worry that therapy is not working, or pride that it is"),
        Choice("perception", "How I perceive the client", "their look, manner, values"),
        Choice("client_emotion", "The client's emotions", "their anger, despair, affection toward me"),
    ]

    public static let reactionFamilies: [Choice] = [
        Choice("overwhelmed", "Overwhelmed / disorganised"),
        Choice("helpless", "Helpless / inadequate"),
        Choice("positive", "Positive / satisfying"),
        Choice("special", "Special / over-involved"),
        Choice("sexualized", "Sexualised"),
        Choice("disengaged", "Disengaged"),
        Choice("parental", "Parental / protective"),
        Choice("criticized", "Criticised / mistreated"),
        Choice("hostile", "Hostile / angry"),
    ]

    public static let directions: [Choice] = [
        Choice("toward", "Drawn toward", "over-involved, rescuing, over-talking"),
        Choice("away", "Pulled away", "under-involved, withdrawing, steering off"),
        Choice("mixed", "Mixed", "both, or shifting during the session"),
    ]

    public static let manifestations: [Choice] = [
        Choice("approach", "Approach", "over-involvement, rescuing, talking too much"),
        Choice("avoidance", "Avoidance", "withdrawing, changing the subject"),
        Choice("negative_feelings", "Negative feelings", "anger, boredom, anxiety in the room"),
        Choice("treatment_plan", "Change in treatment plan", "a plan bent by my reaction"),
    ]

    public static let origins: [Choice] = [
        Choice("family", "Family of origin"),
        Choice("needs_values", "Own needs and values"),
        Choice("therapy_specific", "Therapy-specific", "e.g. wanting to be a competent therapist"),
        Choice("cultural", "Cultural or identity"),
    ]

    public static let managementFactors: [Choice] = [
        Choice("self_insight", "Self-insight", "knowing where my feelings come from"),
        Choice("self_integration", "Self-integration", "a steady sense of self, clear boundaries"),
        Choice("anxiety_management", "Anxiety management", "regulating my own anxiety"),
        Choice("empathy", "Empathy", "returning to the client's experience"),
        Choice("conceptualizing", "Conceptualising", "understanding the reaction through theory"),
    ]

    public static let effectRatings: [(Int, String)] = [
        (-2, "clearly hindered"), (-1, "somewhat hindered"), (0, "no visible effect"), (1, "somewhat helped"),
        (2, "clearly helped"),
    ]

    public static func label(_ id: String, in list: [Choice]) -> String {
        list.first(where: { $0.id == id })?.label ?? id
    }
}
