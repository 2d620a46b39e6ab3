import AttuneDomain
import AttuneRules
import AttuneTUI
import Foundation

/// A free-text reflection, often answering a suggested prompt: the prompt on top, the model's stages as
/// `##` headings in the text, linked to the rule and the entries that triggered it.
public struct ReflectionScreen: ScreenModel {
    enum Focus { case title, body }
    var entry: Entry
    var titleField: TextField
    var body: TextArea
    var focus = Focus.body
    let promptText: String?
    let why: String?
    /// The suggestion being answered: once answered it is set aside until the data behind it changes.
    var answering: Suggestion?
    /// Whether the entry already exists as a file (edit) or not yet (new).
    let isEdit: Bool
    var saved = false
    /// The question after an outside edit, and the version waiting for the answer.
    var conflict: PendingConflict?
    /// The text as last saved or loaded, to know whether leaving loses anything.
    var baseline: String

    public init(ctx: AppContext, suggestion: Suggestion?) {
        let now = ctx.now()
        var e = Entry(id: EntryID.make(kind: .reflection, at: now), kind: .reflection, created: now,
                      author: ctx.workbook.ownerName)
        var text = ""
        if let s = suggestion {
            e.fields["prompt"] = .string(s.prompt.id)
            e.fields["rule"] = .string(s.ruleID)
            e.fields["triggered_by"] = .list(s.triggeringEntryIDs.map { .string($0.rawValue) })
            text = s.prompt.stages.map { "## \($0)\n\n" }.joined(separator: "\n")
        }
        e.fields["summary"] = .string(suggestion?.ruleTitle ?? "")
        self.init(entry: e, text: text, promptText: suggestion?.prompt.text, why: suggestion?.why, isEdit: false)
        answering = suggestion
    }

    /// Editing an existing reflection (or resuming a draft).
    public init(editing e: Entry, isEdit: Bool = true) {
        self.init(entry: e, text: e.body, promptText: nil, why: nil, isEdit: isEdit)
    }

    init(entry: Entry, text: String, promptText: String?, why: String?, isEdit: Bool) {
        self.entry = entry
        self.promptText = promptText
        self.why = why
        self.isEdit = isEdit
        titleField = TextField(text: entry.fields["summary"]?.string ?? "", placeholder: "a title for this reflection")
        body = TextArea(text: text, placeholder: "Write freely. ^E opens your $EDITOR.")
        body.moveToStart()
        if text.hasPrefix("## ") { _ = body.handle(.down) }  // start under the first heading
        baseline = text
    }

    public var title: String { isEdit ? "Edit reflection" : "New reflection" }
    public var capturesText: Bool { true }
    public var hints: [KeyHint] {
        [KeyHint("^S", "save"), KeyHint("^E", "editor"), KeyHint("Tab", focus == .body ? "title" : "text"),
         KeyHint("Esc", "back (keeps a draft)")]
    }
    public var help: [HelpRow] {
        [HelpRow("^S", "save the reflection"), HelpRow("^E", "edit the text in $EDITOR"),
         HelpRow("Tab", "move between the title and the text"),
         HelpRow("Esc", "leave; unsaved text is kept as a draft (D on the dashboard)"),
         HelpRow("F1", "this help")]
    }

    var hasUnsavedText: Bool { !saved && (body.text != baseline || titleField.text != (entry.fields["summary"]?.string ?? "")) }

    func assembled(ctx: AppContext) -> Entry {
        var e = entry
        e.body = body.text
        let title = titleField.text.trimmingCharacters(in: .whitespaces)
        e.fields["summary"] = .string(title.isEmpty ? firstWords(body.text) : title)
        e.updated = ctx.now()
        return e
    }

    func firstWords(_ text: String) -> String {
        let line = text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return line.map { String($0.prefix(60)) } ?? "Reflection"
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        switch event {
        case .edited(let id, let text):
            guard id == entry.id.rawValue else { return .none }
            guard let text else { return .say("The editor did not save; your text is unchanged.", .warning) }
            body.setText(text)
            return .none
        case .resize(let size):
            body.viewport = Size(width: size.width - 2, height: max(1, size.height - 8))
            return .unhandled
        case .paste:
            if focus == .body { _ = body.handle(event) } else { _ = titleField.handle(event) }
            return .none
        case .key(let key):
            return handle(key, ctx: ctx)
        default:
            return .unhandled
        }
    }

    private mutating func finishSaving(_ ctx: AppContext, _ said: String) -> Outcome {
        saved = true
        if let answering { ctx.suggestions?.dismiss(answering, now: ctx.now()) }
        return .go(.pop, StatusMessage(said, severity: .success))
    }

    /// The reload / keep both / cancel question after an outside edit (the same as the note and checklist forms).
    private mutating func answerConflict(_ key: Key, ctx: AppContext) -> Outcome {
        guard var c = conflict else { return .none }
        guard let resolution = c.answer(key, ctx: ctx) else {
            conflict = c
            return .none
        }
        conflict = nil
        switch resolution {
        case .reloaded(let disk):
            guard let disk else { return .say("The saved reflection was deleted outside Attune; yours is kept as a draft.") }
            entry = disk
            body.setText(disk.body)
            titleField.setText(disk.fields["summary"]?.string ?? "")
            baseline = disk.body
            return .say("Showing the version on disk. Your text is kept as a draft.")
        case .savedCopy(let copy):
            return finishSaving(ctx, "Saved as a new reflection (\(copy.id.rawValue)); the other version is unchanged.")
        case .cancelled, .failed:
            return resolution.unsavedOutcome ?? .none
        }
    }

    private mutating func handle(_ key: Key, ctx: AppContext) -> Outcome {
        if conflict != nil { return answerConflict(key, ctx: ctx) }
        switch key {
        case .ctrl("s"):
            let e = assembled(ctx: ctx)
            guard !body.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return .say("Nothing to save yet: write something first.", .warning)
            }
            switch EntrySaving.save(e, ctx: ctx) {
            case .saved:
                return finishSaving(ctx, "Reflection saved.")
            case .conflict(let dialog, let pending):
                conflict = PendingConflict(dialog: dialog, pending: pending)
                return .say("The file changed outside Attune: choose what to keep.", .warning)
            case .failed(let message):
                return .say(message, .error)
            }
        case .ctrl("e"):
            return Outcome(effects: [.edit(EditRequest(id: entry.id.rawValue, text: body.text))])
        case .tab, .backTab:
            focus = focus == .body ? .title : .body
            return .none
        case .escape:
            guard hasUnsavedText else { return .go(.pop) }
            do {
                try ctx.workbook.saveDraft(assembled(ctx: ctx))
                baseline = body.text
                return .go(.pop, StatusMessage("Kept as a draft (D on the dashboard).", severity: .info))
            } catch {
                // Leaving now would lose the text: stay, and say why.
                return .say("Could not keep a draft (\(error)). Your text is still here; free some space and press Esc or ^S again.",
                            .error)
            }
        default:
            if focus == .body { _ = body.handle(key) } else {
                if key == .enter { focus = .body; return .none }
                _ = titleField.handle(key)
            }
            return .none
        }
    }

    public func hasUnsavedWork(ctx: AppContext) -> Bool { hasUnsavedText }

    public mutating func preserveWork(ctx: AppContext) {
        guard hasUnsavedText else { return }
        let e = assembled(ctx: ctx)
        if (try? ctx.workbook.saveDraft(e)) != nil { baseline = body.text }
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        let theme = ctx.theme
        var y = area.y
        let inner = area.inset(dx: 1, dy: 0)
        if let promptText {
            for line in Wrap.lines(promptText, width: inner.width).prefix(4) {
                buffer.write(line, x: inner.x, y: y, style: theme.accent, clip: inner)
                y += 1
            }
            if let why, y < inner.maxY {
                buffer.write(DisplayWidth.truncate("why: " + why, to: inner.width), x: inner.x, y: y, style: theme.dim)
                y += 1
            }
            y += 1
        }
        guard y < inner.maxY else { return }
        let label = "Title "
        buffer.write(label, x: inner.x, y: y, style: focus == .title ? theme.focus : theme.dim)
        titleField.render(into: &buffer, area: Rect(x: inner.x + 6, y: y, width: inner.width - 6, height: 1),
                          focused: focus == .title, theme: theme)
        var cursor = focus == .title ? buffer.cursor : nil
        y += 2
        var editor = body
        let bodyRect = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        editor.viewport = bodyRect.size
        editor.render(into: &buffer, area: bodyRect, focused: focus == .body, theme: theme)
        if focus == .body { cursor = buffer.cursor }
        buffer.cursor = cursor
        FormDialogs.draw(conflict: conflict, draftOffer: nil, into: &buffer, area: area, theme: theme)
    }
}
