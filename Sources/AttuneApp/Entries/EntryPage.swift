import AttuneDomain
import Foundation

/// An entry laid out as a readable page (not a form): used by the entry screen and by `attune show`.
public struct PageLine: Hashable, Sendable {
    /// `preformatted` lines are laid out already (a result table) and are not wrapped.
    public enum Role: Hashable, Sendable { case title, meta, heading, label, body, dim, blank, preformatted }
    public var role: Role
    public var text: String
    public init(_ role: Role, _ text: String) { self.role = role; self.text = text }
}

public enum EntryPage {
    /// `entries` (the workbook's) lets a check-in or assessment show its change since the previous one;
    /// `width` is the width its result table is laid out for.
    public static func lines(for e: Entry, checklist: ChecklistDefinition, entries: [Entry] = [],
                             width: Int = 76) -> [PageLine] {
        var out: [PageLine] = []
        out.append(PageLine(.title, e.kind.title + (e.fields["client"]?.string.map { " · " + $0 } ?? "")))
        var meta = "\(Timestamp.formatShort(e.created)) · \(e.author) · \(e.shared ? "shared with supervisor" : "private")"
        if e.updated > e.created.addingTimeInterval(60) { meta += " · edited \(Timestamp.formatShort(e.updated))" }
        out.append(PageLine(.meta, meta))
        if !e.tags.isEmpty { out.append(PageLine(.meta, "tags: " + e.tags.joined(separator: ", "))) }
        out.append(PageLine(.meta, "id: " + e.id.rawValue))
        switch e.kind {
        case .note: out += noteLines(CountertransferenceNote(fields: e.fields))
        case .checklist: out += checklistLines(BarrierChecklist(fields: e.fields), checklist)
        case .checkin, .assessment:
            if let questionnaire = Questionnaire.of(e) {
                out.append(PageLine(.blank, ""))
                let table = QuestionnaireResultScreen.plainText(entry: e, questionnaire: questionnaire,
                                                                entries: entries.isEmpty ? [e] : entries, width: width)
                out += table.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                    .map { PageLine(.preformatted, String($0)) }
            } else {
                out += genericLines(e.fields)
            }
        default: out += genericLines(e.fields)
        }
        let body = e.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty {
            out.append(PageLine(.blank, ""))
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("#") {
                    out.append(PageLine(.heading, line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)))
                } else {
                    out.append(PageLine(line.isEmpty ? .blank : .body, String(line)))
                }
            }
        }
        return out
    }

    /// Plain text for a terminal or a pipe: headings underlined with their own width.
    public static func plainText(for e: Entry, checklist: ChecklistDefinition, entries: [Entry] = []) -> String {
        lines(for: e, checklist: checklist, entries: entries).map { line in
            switch line.role {
            case .title: return line.text + "\n" + String(repeating: "=", count: line.text.count)
            case .heading: return line.text + "\n" + String(repeating: "-", count: line.text.count)
            case .label: return line.text
            default: return line.text
            }
        }.joined(separator: "\n") + "\n"
    }

    static func section(_ title: String, _ parts: [String]) -> [PageLine] {
        let content = parts.filter { !$0.isEmpty }
        guard !content.isEmpty else { return [] }
        return [PageLine(.blank, ""), PageLine(.heading, title)] + content.flatMap { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { PageLine(.body, String($0)) }
        }
    }

    static func labels(_ ids: [String], _ vocab: [Choice]) -> String {
        ids.map { NoteVocabulary.label($0, in: vocab) }.joined(separator: ", ")
    }

    static func noteLines(_ n: CountertransferenceNote) -> [PageLine] {
        var out: [PageLine] = []
        var session = "Session " + n.sessionDate
        if let num = n.sessionNumber { session += " (no. \(num))" }
        out.append(PageLine(.meta, session))
        out += section("Trigger", [labels(n.triggerCategories, NoteVocabulary.triggers), n.triggerText])
        let reactions = n.reactions.map { r in
            NoteVocabulary.label(r.family, in: NoteVocabulary.reactionFamilies) + "  "
                + String(repeating: "●", count: r.intensity) + String(repeating: "○", count: 5 - r.intensity)
                + " \(r.intensity)/5"
        }
        out += section("Reactions", reactions + [n.reactionOther.isEmpty ? "" : "Other: " + n.reactionOther])
        out += section("Bodily cues", [n.bodilyCues])
        if !n.direction.isEmpty {
            out += section("Direction", [NoteVocabulary.label(n.direction, in: NoteVocabulary.directions)])
        }
        out += section("How it showed", [labels(n.manifestationCategories, NoteVocabulary.manifestations), n.manifestationText])
        out += section(n.originPrivate ? "Origin (private)" : "Origin",
                       [labels(n.originCategories, NoteVocabulary.origins), n.originText])
        let rating = n.effectRating.flatMap { r in NoteVocabulary.effectRatings.first(where: { $0.0 == r })?.1 }
        out += section("Effect", [rating.map { "Overall: " + $0 } ?? "", n.effectText])
        out += section("Management", [labels(n.managementFactors, NoteVocabulary.managementFactors), n.managementText])
        out += section("For supervision", [n.forSupervision])
        return out
    }

    static func checklistLines(_ c: BarrierChecklist, _ def: ChecklistDefinition) -> [PageLine] {
        var out: [PageLine] = [PageLine(.meta, c.period == "week" ? "Covers the week" : "Covers one session")]
        let present = c.answers.filter(\.present)
        out.append(PageLine(.meta, "\(present.count) of \(c.answers.count) items present"))
        for g in def.groups {
            let items = present.filter { def.item($0.id)?.group == g.id }
            guard !items.isEmpty else { continue }
            out.append(PageLine(.blank, ""))
            out.append(PageLine(.heading, g.title))
            for a in items {
                var line = "• " + (def.item(a.id)?.text ?? a.id)
                if let s = a.severity { line += "  (severity \(s)/3)" }
                out.append(PageLine(.body, line))
                if !a.note.isEmpty { out.append(PageLine(.dim, "    " + a.note)) }
            }
        }
        if present.isEmpty { out.append(PageLine(.body, "No barriers marked present.")) }
        return out
    }

    static func genericLines(_ fields: Fields) -> [PageLine] {
        var out: [PageLine] = []
        for (key, value) in fields where key != "summary" {
            out.append(PageLine(.label, key.replacingOccurrences(of: "_", with: " ") + ": " + describe(value)))
        }
        return out
    }

    static func describe(_ v: Value) -> String {
        switch v {
        case .null: return "–"
        case .bool(let b): return b ? "yes" : "no"
        case .int(let i): return String(i)
        case .double(let d): return d == d.rounded() ? String(Int(d)) : String(format: "%.1f", d)
        case .string(let s): return s
        case .list(let l): return l.map(describe).joined(separator: ", ")
        case .map(let m): return m.map { "\($0.key) \(describe($0.value))" }.joined(separator: ", ")
        }
    }
}
