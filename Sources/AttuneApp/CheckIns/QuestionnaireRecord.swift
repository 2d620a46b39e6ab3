import AttuneDomain
import Foundation

/// Turns a filled questionnaire into an entry (docs/SCHEMA.md, kinds `checkin` and `assessment`) and back.
public enum QuestionnaireRecord {
    /// The saved entry: answers and scores, plus bands where the instrument defines them.
    public static func entry(for flow: QuestionnaireFlow, id: EntryID, created: Date, author: String) -> Entry {
        var entry = draft(for: flow, id: id, created: created, author: author)
        switch flow.questionnaire.source {
        case .pulse(let pulse):
            let scores = pulse.score(answers: pulseAnswers(flow))
            entry.fields["scores"] = .map(Fields(pulse.dimensions.map { ($0.id, scores[$0.id].map(Value.double) ?? .null) }))
        case .instrument(let key):
            addScores(key, answers: flow.answers, to: &entry)
        }
        return entry
    }

    /// An assessment from answers in published order, as the form codes them (nil = unanswered): the same
    /// entry an on-screen run with these answers saves. Used for paper forms (`attune assess --answers`).
    public static func assessment(_ key: InstrumentKey, answers: [Int?], id: EntryID, created: Date,
                                  author: String) -> Entry {
        Entry(id: id, kind: .assessment, created: created, author: author, fields: key.assessmentFields(answers: answers))
    }

    private static func addScores(_ key: InstrumentKey, answers: [Int?], to entry: inout Entry) {
        let scored = key.assessmentFields(answers: answers)
        entry.fields["scores"] = scored["scores"]
        entry.fields["bands"] = scored["bands"]
    }

    /// The answers so far, without scores: what a draft keeps.
    public static func draft(for flow: QuestionnaireFlow, id: EntryID, created: Date, author: String) -> Entry {
        var fields = Fields()
        switch flow.questionnaire.source {
        case .pulse(let pulse):
            let answers = pulseAnswers(flow)
            fields["answers"] = .map(Fields(pulse.items.compactMap { item in answers[item.id].map { (item.id, .int($0)) } }))
        case .instrument(let key):
            fields["instrument"] = .string(key.id)
            fields["answers"] = .list(flow.answers.map { $0.map(Value.int) ?? .null })
        }
        return Entry(id: id, kind: flow.questionnaire.kind, created: created, author: author, fields: fields)
    }

    /// Answers stored in an entry (or draft), in item order, for the given questionnaire.
    public static func answers(in entry: Entry, for questionnaire: Questionnaire) -> [Int?] {
        switch questionnaire.source {
        case .pulse(let pulse):
            let map = entry.fields["answers"]?.map ?? Fields()
            return pulse.items.map { map[$0.id]?.int }
        case .instrument:
            let list = entry.fields["answers"]?.list ?? []
            return questionnaire.items.indices.map { i in i < list.count ? list[i].int : nil }
        }
    }

    /// True when the entry (or draft) belongs to this questionnaire.
    public static func matches(_ entry: Entry, _ questionnaire: Questionnaire) -> Bool {
        guard entry.kind == questionnaire.kind else { return false }
        if case .instrument(let key) = questionnaire.source { return entry.fields["instrument"]?.string == key.id }
        return true
    }

    static func pulseAnswers(_ flow: QuestionnaireFlow) -> [String: Int] {
        guard case .pulse(let pulse) = flow.questionnaire.source else { return [:] }
        var out: [String: Int] = [:]
        for (item, answer) in zip(pulse.items, flow.answers) { if let answer { out[item.id] = answer } }
        return out
    }
}
