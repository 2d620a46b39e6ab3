import AttuneDomain
import AttuneTUI

/// The countertransference note as a form, in the order a supervisee thinks it through after a session
/// (Hayes' structural model: trigger, reactions, direction, manifestation, origin, effect, management),
/// and back. Field ids name the schema key they fill (docs/SCHEMA.md), "trigger.text" for a part of a map.
enum NoteForm {
    static let sections: [FormSection] = [
        FormSection("Session"),
        FormSection("Trigger", note: "what set it off", required: true),
        FormSection("Reactions", note: "what I felt", required: true),
        FormSection("Direction"),
        FormSection("Manifestation", note: "how it showed"),
        FormSection("Origin", note: "private by default"),
        FormSection("Effect", note: "on the session and the alliance"),
        FormSection("Management", note: "used or planned"),
        FormSection("Supervision"),
    ]

    static let effectChoices: [Choice] = NoteVocabulary.effectRatings.map { Choice(String($0.0), $0.1) }

    /// Field ids of the parts `missingRequired` names, in the note's order.
    static let requiredFields: [(name: String, field: String)] = [
        ("client code", "client"), ("session date", "session_date"), ("trigger", "trigger.categories"),
        ("reactions", "reactions"),
    ]

    static func make(_ n: CountertransferenceNote, tags: [String], shared: Bool) -> FormModel {
        var form = FormModel(sections: sections)
        func line(_ text: String, _ placeholder: String, max: Int? = nil) -> FormField.Editor {
            .line(TextField(text: text, placeholder: placeholder, maxLength: max))
        }
        func long(_ text: String, _ placeholder: String) -> FormField.Editor {
            .text(TextArea(text: text, placeholder: placeholder))
        }
        func chips(_ options: [Choice], _ ids: [String], single: Bool = false) -> FormField.Editor {
            .chips(ChipSelect(options: options, single: single, selectedIDs: ids))
        }
        form.add(FormField("client", "Client code", required: true,
                           line(n.client, "pseudonym or case code, never a name", max: 40)), section: 0)
        form.add(FormField("session_date", "Session date", required: true, line(n.sessionDate, "YYYY-MM-DD", max: 10)),
                 section: 0)
        form.add(FormField("session_number", "Session no.", line(n.sessionNumber.map(String.init) ?? "", "optional", max: 4),
                           digitsOnly: true), section: 0)
        form.add(FormField("trigger.categories", "Categories", chips(NoteVocabulary.triggers, n.triggerCategories)),
                 section: 1)
        form.add(FormField("trigger.text", "In my words", long(n.triggerText, "the moment it started")), section: 1)
        form.add(FormField("reactions", "Families · digit = intensity 1–5",
                           .reactions(ReactionGrid(reactions: n.reactions))), section: 2)
        form.add(FormField("reaction_other", "Other", line(n.reactionOther, "a reaction not in the list")), section: 2)
        form.add(FormField("bodily_cues", "Bodily cues", line(n.bodilyCues, "tight chest, heavy limbs, …")), section: 2)
        form.add(FormField("direction", "Pull", chips(NoteVocabulary.directions.map(directionChoice),
                                                       n.direction.isEmpty ? [] : [n.direction], single: true)), section: 3)
        form.add(FormField("manifestation.categories", "Categories",
                           chips(NoteVocabulary.manifestations, n.manifestationCategories)), section: 4)
        form.add(FormField("manifestation.text", "In my words", long(n.manifestationText, "what I did or did not do")),
                 section: 4)
        form.add(FormField("origin.categories", "Categories", chips(NoteVocabulary.origins, n.originCategories)), section: 5)
        form.add(FormField("origin.text", "Hypothesis", long(n.originText, "where this may come from in me")), section: 5)
        form.add(FormField("origin.private", "Keep the origin private, even if the note is shared",
                           .toggle(n.originPrivate)), section: 5)
        form.add(FormField("effect.text", "In my words", long(n.effectText, "on the session, the alliance")), section: 6)
        form.add(FormField("effect.rating", "Overall", chips(effectChoices, n.effectRating.map { [String($0)] } ?? [],
                                                               single: true)), section: 6)
        form.add(FormField("management.factors", "Factors",
                           chips(NoteVocabulary.managementFactors, n.managementFactors)), section: 7)
        form.add(FormField("management.text", "In my words", long(n.managementText, "what I did, or will do")),
                 section: 7)
        form.add(FormField("for_supervision", "To bring", long(n.forSupervision, "what to bring to supervision")),
                 section: 8)
        form.add(FormField("tags", "Tags", line(tags.joined(separator: ", "), "comma separated")), section: 8)
        form.add(FormField("shared", "Share this note with my supervisor", .toggle(shared)), section: 8)
        return form
    }

    /// Short labels: the vocabulary's hint ("over-involved") matters more than its long label here.
    static func directionChoice(_ c: Choice) -> Choice {
        switch c.id {
        case "toward": return Choice(c.id, "Drawn toward / over-involved")
        case "away": return Choice(c.id, "Pulled away / under-involved")
        default: return Choice(c.id, c.label)
        }
    }

    static func read(_ form: FormModel) -> (note: CountertransferenceNote, tags: [String], shared: Bool) {
        var n = CountertransferenceNote()
        func text(_ id: String) -> String { form[id]?.text ?? "" }
        func ids(_ id: String) -> [String] {
            if case .chips(let c)? = form[id]?.editor { return c.selectedIDs }
            return []
        }
        func flag(_ id: String, _ fallback: Bool) -> Bool {
            if case .toggle(let on)? = form[id]?.editor { return on }
            return fallback
        }
        n.client = text("client").trimmingCharacters(in: .whitespaces)
        n.sessionDate = text("session_date").trimmingCharacters(in: .whitespaces)
        n.sessionNumber = Int(text("session_number"))
        n.triggerCategories = ids("trigger.categories")
        n.triggerText = text("trigger.text")
        if case .reactions(let g)? = form["reactions"]?.editor { n.reactions = g.reactions }
        n.reactionOther = text("reaction_other")
        n.bodilyCues = text("bodily_cues")
        n.direction = ids("direction").first ?? ""
        n.manifestationCategories = ids("manifestation.categories")
        n.manifestationText = text("manifestation.text")
        n.originCategories = ids("origin.categories")
        n.originText = text("origin.text")
        n.originPrivate = flag("origin.private", true)
        n.effectText = text("effect.text")
        n.effectRating = ids("effect.rating").first.flatMap { Int($0) }
        n.managementFactors = ids("management.factors")
        n.managementText = text("management.text")
        n.forSupervision = text("for_supervision")
        return (n, parseTags(text("tags")), flag("shared", false))
    }

    /// "grief, first session" → ["grief", "first-session"]: commas separate tags, spaces inside one become dashes.
    static func parseTags(_ s: String) -> [String] {
        var out: [String] = []
        for part in s.split(separator: ",") {
            let tag = part.split(whereSeparator: { $0.isWhitespace }).joined(separator: "-")
            if !tag.isEmpty, !out.contains(tag) { out.append(tag) }
        }
        return out
    }

    /// A date the schema accepts: `YYYY-MM-DD` naming a real day.
    static func isValidDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else {
            return false
        }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// Free texts for the identifier check, labelled by field id. The client code is checked on its own.
    static func texts(of form: FormModel) -> [FieldText] {
        form.fields.filter { $0.capturesText && $0.id != "client" && $0.id != "session_date" && $0.id != "session_number" }
            .map { FieldText(field: $0.id, text: $0.text) }.filter { !$0.text.isEmpty }
    }

    /// "Trigger · In my words" for a field id.
    static func label(of id: String, in form: FormModel) -> String {
        guard let i = form.index(of: id) else { return id }
        return form.sections[form.sectionOf[i]].title + " · " + form.fields[i].label
    }
}
