import AttuneDomain
import AttuneTUI
import Foundation

/// Saving a checklist: the identifier review of the client code and notes, the store, then the summary.
extension ChecklistScreen {
    static func noteField(_ itemID: String) -> String { "note:" + itemID }

    /// Labels for the review: "Client code" or the item's text.
    func label(of field: String, _ definition: ChecklistDefinition) -> String {
        if field == "client" { return "Client code" }
        let id = String(field.dropFirst("note:".count))
        return "Note on: " + (definition.item(id)?.text ?? id)
    }

    mutating func save(ctx: AppContext) -> Outcome {
        let texts = items.allAnswers.filter { !$0.note.isEmpty }.map { FieldText(field: Self.noteField($0.id), text: $0.note) }
        let findings = check.scan(FieldText(field: "client", text: client.text), texts, "", kept)
        if !findings.isEmpty {
            var labels: [String: String] = [:]
            var fieldTexts: [String: String] = [:]
            for f in findings {
                labels[f.field] = label(of: f.field, ctx.checklist)
                fieldTexts[f.field] = f.field == "client" ? client.text
                    : texts.first(where: { $0.field == f.field })?.text ?? ""
            }
            review = FindingsReview(findings: findings, labels: labels, texts: fieldTexts)
            return .say("\(findings.count) possible identifier\(findings.count == 1 ? "" : "s") to review before saving.",
                        .warning)
        }
        return commit(ctx: ctx)
    }

    mutating func commit(ctx: AppContext) -> Outcome {
        var e = current(ctx.checklist)
        e.updated = ctx.now()
        switch EntrySaving.save(e, ctx: ctx) {
        case .saved(let saved):
            baseline = current(ctx.checklist)
            return .go(.replace(ChecklistSummaryScreen(entry: saved, ctx: ctx)),
                       StatusMessage(editingExisting ? "Checklist updated." : "Checklist saved.", severity: .success))
        case .conflict(let dialog, let pending):
            conflict = PendingConflict(dialog: dialog, pending: pending)
            return .say("The file changed outside Attune: choose what to keep.", .warning)
        case .failed(let message):
            return .say(message, .error)
        }
    }

    private mutating func applyReview(_ r: FindingsReview) {
        for (field, findings) in Dictionary(grouping: r.replaced, by: \.field) {
            if field == "client" {
                client.setText(IdentifierCheck.replacing(findings, in: client.text))
            } else if let i = items.items.firstIndex(where: { Self.noteField($0.id) == field }) {
                let text = IdentifierCheck.replacing(findings, in: items.answer(i).note)
                items.update(i) { $0.note = text }
            }
        }
        kept.formUnion(r.kept.map(\.fingerprint))
    }

    mutating func answerReview(_ key: Key, ctx: AppContext) -> Outcome {
        guard var r = review else { return .none }
        switch r.handle(key) {
        case .consumed:
            review = r
            return .none
        case .back:
            applyReview(r)
            review = nil
            if r.current.field == "client" {
                focus = .client
            } else if let i = items.items.firstIndex(where: { Self.noteField($0.id) == r.current.field }) {
                focus = .items
                items.highlighted = i
                items.keepVisible(height: Self.listHeight(ctx.size))
            }
            return .say("Back to the checklist; ^S checks again and saves.")
        case .finished:
            applyReview(r)
            review = nil
            return commit(ctx: ctx)
        }
    }

    mutating func answerConflict(_ key: Key, ctx: AppContext) -> Outcome {
        guard var c = conflict else { return .none }
        guard let resolution = c.answer(key, ctx: ctx) else {
            conflict = c
            return .none
        }
        conflict = nil
        switch resolution {
        case .reloaded(let disk):
            guard let disk else {
                return .say("The saved checklist was deleted outside Attune; yours is kept as a draft. ^S saves it.",
                            .warning)
            }
            load(disk, ctx: ctx)
            return .say("Showing the version on disk. Your answers are kept as a draft.")
        case .savedCopy(let copy):
            baseline = current(ctx.checklist)
            return .go(.replace(ChecklistSummaryScreen(entry: copy, ctx: ctx)),
                       StatusMessage("Saved as a new checklist; the other version is unchanged.", severity: .success))
        case .cancelled, .failed:
            return resolution.unsavedOutcome ?? .none
        }
    }

    mutating func answerDraftOffer(_ key: Key, ctx: AppContext) -> Outcome {
        guard var offer = draftOffer else { return .none }
        guard case .answered(let answer) = offer.dialog.handle(key) else {
            draftOffer = offer
            return .none
        }
        draftOffer = nil
        switch answer {
        case .yes:
            load(offer.draft, ctx: ctx)
            return .say("Resumed the unfinished checklist.")
        case .no:
            do {
                try ctx.workbook.discardDraft(offer.draft.id)
                return .say("Draft discarded.")
            } catch {
                return .say("Could not discard the draft: \(error.localizedDescription)", .error)
            }
        default:
            return .none
        }
    }
}
