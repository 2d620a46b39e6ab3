import AttuneDomain
import AttuneTUI
import Foundation

/// Saving a note: required fields, the date, the identifier review, then the store (with its conflict question).
extension NoteFormScreen {
    mutating func save(ctx: AppContext) -> Outcome {
        let viewport = Self.formViewport(ctx.size)
        let note = NoteForm.read(form).note
        if let first = missingFields.first {
            focus(first.field, viewport: viewport)
            let names = missingFields.map(\.name).joined(separator: ", ")
            return .say("Still needed: \(names). Esc keeps this as a draft.", .warning)
        }
        guard NoteForm.isValidDate(note.sessionDate) else {
            focus("session_date", viewport: viewport)
            return .say("The session date must be a day written YYYY-MM-DD, e.g. 2026-11-20.", .error)
        }
        let findings = check.scan(FieldText(field: "client", text: note.client), NoteForm.texts(of: form),
                                  note.sessionDate, kept)
        if !findings.isEmpty {
            var labels: [String: String] = [:]
            var texts: [String: String] = [:]
            for f in findings {
                labels[f.field] = NoteForm.label(of: f.field, in: form)
                texts[f.field] = form[f.field]?.text ?? ""
            }
            review = FindingsReview(findings: findings, labels: labels, texts: texts)
            showReviewedField(viewport: viewport)
            let n = findings.count
            return .say("\(n) possible identifier\(n == 1 ? "" : "s") to review before saving.", .warning)
        }
        return commit(ctx: ctx)
    }

    mutating func focus(_ id: String, viewport: Size) {
        if let i = form.index(of: id) { form.focus = i }
        form.keepFocusVisible(viewport: viewport)
    }

    /// Focuses the field of the finding under review and scrolls it above the review box.
    mutating func showReviewedField(viewport: Size) {
        guard let field = review?.current.field else { return }
        focus(field, viewport: Size(width: viewport.width, height: max(1, viewport.height - FindingsReview.typicalHeight)))
    }

    mutating func commit(ctx: AppContext) -> Outcome {
        var e = current()
        e.updated = ctx.now()
        switch EntrySaving.save(e, ctx: ctx) {
        case .saved:
            baseline = current()
            return .go(.pop, StatusMessage(editingExisting ? "Note updated." : "Note saved.", severity: .success))
        case .conflict(let dialog, let pending):
            conflict = PendingConflict(dialog: dialog, pending: pending)
            return .say("The file changed outside Attune: choose what to keep.", .warning)
        case .failed(let message):
            return .say(message, .error)
        }
    }

    /// Applies the answers so far: replacements go into the fields, kept findings are remembered.
    private mutating func applyReview(_ r: FindingsReview) {
        for (field, findings) in Dictionary(grouping: r.replaced, by: \.field) {
            guard var f = form[field] else { continue }
            f.setText(IdentifierCheck.replacing(findings, in: f.text))
            form[field] = f
        }
        kept.formUnion(r.kept.map(\.fingerprint))
    }

    mutating func answerReview(_ key: Key, ctx: AppContext) -> Outcome {
        guard var r = review else { return .none }
        switch r.handle(key) {
        case .consumed:
            review = r
            showReviewedField(viewport: Self.formViewport(ctx.size))
            return .none
        case .back:
            applyReview(r)
            review = nil
            focus(r.current.field, viewport: Self.formViewport(ctx.size))
            return .say("Back in the form; ^S checks again and saves.")
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
                return .say("The saved note was deleted outside Attune; yours is kept as a draft. ^S saves it again.",
                            .warning)
            }
            load(disk)
            return .say("Showing the version on disk. Your edit is kept as a draft.", .info)
        case .savedCopy(let copy):
            baseline = current()
            return .go(.pop, StatusMessage("Saved as a new note \(copy.id.rawValue); the other version is unchanged.",
                                           severity: .success))
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
            base = offer.draft
            form = NoteForm.make(CountertransferenceNote(fields: base.fields), tags: base.tags, shared: base.shared)
            // The draft is on disk already: leaving unchanged needs no new one.
            baseline = current()
            return .say("Resumed the unfinished note.")
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
