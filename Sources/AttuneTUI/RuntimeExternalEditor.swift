/// Edits text in a program outside Attune (the user's $VISUAL/$EDITOR). The runtime gives the terminal back
/// before calling it and retakes it afterwards; tests inject a fake.
public protocol ExternalEditor {
    /// The edited text, or nil when the user abandoned the edit. Throws when the editor could not run or failed;
    /// the runtime then delivers `Event.edited(id:text: nil)` and keeps the message in `Runtime.lastEditorError`.
    func edit(_ request: EditRequest) throws -> String?
}
