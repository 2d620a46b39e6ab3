import AttuneDomain
import AttuneTUI

/// A save that met an outside edit: the reload / keep both / cancel question on screen and our version waiting
/// for the answer. Shared by every form that saves an entry (note, checklist, reflection).
struct PendingConflict {
    var dialog: ConfirmDialog
    let pending: Entry

    static let hints = [KeyHint("r", "reload"), KeyHint("k", "keep both"), KeyHint("c", "cancel")]

    /// Gives a key to the question: nil while it is unanswered, then what the answer did.
    mutating func answer(_ key: Key, ctx: AppContext) -> EntrySaving.Resolution? {
        guard case .answered(let answer) = dialog.handle(key) else { return nil }
        return EntrySaving.resolve(answer, pending: pending, ctx: ctx)
    }
}

extension EntrySaving.Resolution {
    /// What to say when nothing was saved (cancelled or failed); nil for the answers each form handles itself.
    var unsavedOutcome: Outcome? {
        switch self {
        case .cancelled: return .say("Not saved. What you wrote is still here.")
        case .failed(let message): return .say(message, .error)
        case .reloaded, .savedCopy: return nil
        }
    }
}

/// The modal dialogs a form may show over itself, drawn the same way everywhere (they take the cursor away).
enum FormDialogs {
    static func draw(conflict: PendingConflict?, draftOffer: DraftOffer?, into buffer: inout Buffer, area: Rect,
                     theme: Theme) {
        guard let dialog = conflict?.dialog ?? draftOffer?.dialog else { return }
        buffer.cursor = nil
        dialog.render(into: &buffer, area: area, theme: theme)
    }
}
