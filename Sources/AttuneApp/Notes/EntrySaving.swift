import AttuneDomain
import AttuneTUI
import Foundation

/// Saving a form's entry, shared by the note and checklist forms: the conflict question when the file changed
/// outside the app, and what each answer does. Nothing the user typed is dropped on any path.
enum EntrySaving {
    enum Result {
        case saved(Entry)
        /// The file changed on disk: ask with this dialog, keep `pending` until answered.
        case conflict(ConfirmDialog, pending: Entry)
        case failed(String)
    }

    enum Resolution {
        /// The disk version, to show in the form (nil when the file was deleted outside the app).
        case reloaded(Entry?)
        /// Ours was saved as a new entry; theirs is untouched.
        case savedCopy(Entry)
        case cancelled
        case failed(String)
    }

    static func save(_ entry: Entry, ctx: AppContext) -> Result {
        do {
            try ctx.workbook.save(entry)
            try? ctx.workbook.discardDraft(entry.id)
            ctx.reload()
            return .saved(entry)
        } catch let conflict as SaveConflict {
            let what = conflict.diskVersion == nil ? "was deleted" : "was changed"
            let dialog = ConfirmDialog.reloadKeepCancel(
                title: "Changed outside Attune",
                message: "This entry \(what) on disk since you opened it. Reload shows the disk version (yours is "
                    + "kept as a draft); Keep both saves yours as a new entry; Cancel returns to the form.")
            return .conflict(dialog, pending: entry)
        } catch {
            // The text stays in the form; a draft copy guards against the app being closed before a retry.
            try? ctx.workbook.saveDraft(entry)
            return .failed("Not saved: \(error.localizedDescription). Your text is still here (and kept as a draft).")
        }
    }

    static func resolve(_ answer: ConfirmDialog.Answer, pending: Entry, ctx: AppContext) -> Resolution {
        switch answer {
        case .reload:
            try? ctx.workbook.saveDraft(pending)
            return .reloaded(try? ctx.workbook.entry(pending.id))
        case .keepBoth:
            do {
                let id = try ctx.workbook.saveAsCopy(pending)
                try? ctx.workbook.discardDraft(pending.id)
                ctx.reload()
                var copy = pending
                copy.id = id
                return .savedCopy(copy)
            } catch {
                try? ctx.workbook.saveDraft(pending)
                return .failed("Could not save a copy: \(error.localizedDescription). Your text is kept as a draft.")
            }
        default:
            return .cancelled
        }
    }

    /// Compares what a user could have changed, ignoring timestamps: decides whether leaving needs a draft.
    static func sameContent(_ a: Entry, _ b: Entry) -> Bool {
        a.fields == b.fields && a.tags == b.tags && a.shared == b.shared && a.body == b.body
    }
}

/// An unfinished form of the same kind found in drafts/, offered when a form opens.
struct DraftOffer: Hashable, Sendable {
    let draft: Entry
    var dialog: ConfirmDialog

    /// What a form opened on `entry` is: an edit of a saved entry or a new one, and which draft to offer.
    /// The entry may itself be a draft (resumed from the drafts screen): then nothing is offered, and for a
    /// draft of a saved entry the saved file is read so that saving over it is not taken for an outside edit.
    static func opening(_ entry: Entry, asEdit: Bool, ctx: AppContext) -> (editsSaved: Bool, offer: DraftOffer?) {
        let isSaved = ctx.entries.contains { $0.id == entry.id }
        guard asEdit else { return (false, find(kind: entry.kind, editing: nil, ctx: ctx)) }
        if ctx.workbook.drafts().contains(entry) {
            if isSaved { _ = try? ctx.workbook.entry(entry.id) }
            return (isSaved, nil)
        }
        return (isSaved, find(kind: entry.kind, editing: entry, ctx: ctx))
    }

    /// For a new form: the newest draft of `kind` that is not an edit of a saved entry. For an edit: a draft of
    /// that very entry written after it was last saved.
    static func find(kind: EntryKind, editing: Entry?, ctx: AppContext) -> DraftOffer? {
        let drafts = ctx.workbook.drafts().filter { $0.kind == kind }
        let found: Entry?
        if let editing {
            found = drafts.first { $0.id == editing.id && $0.updated > editing.updated }
        } else {
            let saved = Set(ctx.entries.map(\.id))
            found = drafts.first { !saved.contains($0.id) }
        }
        guard let draft = found else { return nil }
        let when = Timestamp.formatShort(draft.updated)
        let about = draft.fields["client"]?.string.flatMap { $0.isEmpty ? nil : " (\($0))" } ?? ""
        let message = editing == nil
            ? "You left a \(kind.shortTitle)\(about) unfinished on \(when). Resume it?"
            : "This \(kind.shortTitle) has unsaved changes from \(when). Resume them?"
        let dialog = ConfirmDialog(
            title: "Unfinished \(kind.shortTitle)", message: message,
            choices: [.init(key: "r", label: "Resume", answer: .yes),
                      .init(key: "n", label: editing == nil ? "Start new" : "Use saved", answer: .cancel),
                      .init(key: "d", label: "Discard it", answer: .no)])
        return DraftOffer(draft: draft, dialog: dialog)
    }
}
