import AttuneDomain
import AttuneTUI
import Foundation

/// The countertransference note form: one scrolling form, keyboard only, filled in a few minutes after a
/// session. Tab/Shift-Tab move between fields, ^S saves (after the identifier review), Esc leaves and keeps
/// unsaved text as a draft. Opened new (dashboard `n`, `:note`, `attune new note`) or on a saved note (`e`).
public struct NoteFormScreen: ScreenModel {
    var form: FormModel
    /// The entry being written: id, creation time, author, body and any keys the form does not know.
    var base: Entry
    let editingExisting: Bool
    /// What the form held when opened or last kept: leaving with anything else saves a draft.
    var baseline: Entry
    var review: FindingsReview?
    var conflict: PendingConflict?
    var draftOffer: DraftOffer?
    /// Findings the writer chose to keep for this entry: not raised again while the form is open.
    var kept: Set<String> = []
    let check: IdentifierCheck

    /// A new note dated today; offers to resume an unfinished one if there is a draft.
    public init(ctx: AppContext, check: IdentifierCheck = .standard) {
        let now = ctx.now()
        var note = CountertransferenceNote()
        note.sessionDate = Timestamp.formatDay(now)
        var entry = Entry(id: EntryID.make(kind: .note, at: now), kind: .note, created: now,
                          author: ctx.workbook.ownerName)
        note.apply(to: &entry)
        self.init(entry: entry, existing: false, ctx: ctx, check: check)
    }

    /// The form filled with a saved note; saving replaces it in place.
    public init(editing entry: Entry, ctx: AppContext, check: IdentifierCheck = .standard) {
        self.init(entry: entry, existing: true, ctx: ctx, check: check)
    }

    private init(entry: Entry, existing: Bool, ctx: AppContext, check: IdentifierCheck) {
        base = entry
        baseline = entry
        let opening = DraftOffer.opening(entry, asEdit: existing, ctx: ctx)
        editingExisting = opening.editsSaved
        self.check = check
        form = NoteForm.make(CountertransferenceNote(fields: entry.fields), tags: entry.tags, shared: entry.shared)
        draftOffer = opening.offer
        load(entry)
    }

    /// Fills the form from an entry (on opening, or with the disk version after "reload").
    mutating func load(_ entry: Entry) {
        base = entry
        form = NoteForm.make(CountertransferenceNote(fields: entry.fields), tags: entry.tags, shared: entry.shared)
        kept = GuardAllowances.read(entry)
        baseline = current()
    }

    /// The entry as the form now reads (timestamps untouched).
    func current() -> Entry {
        var e = base
        let (note, tags, shared) = NoteForm.read(form)
        note.apply(to: &e)
        e.tags = tags
        e.shared = shared
        GuardAllowances.write(kept, to: &e)
        return e
    }

    var isDirty: Bool { !EntrySaving.sameContent(current(), baseline) }
    public func hasUnsavedWork(ctx: AppContext) -> Bool { isDirty }

    /// Ids of required fields still empty.
    var missingFields: [(name: String, field: String)] {
        let missing = Set(NoteForm.read(form).note.missingRequired)
        return NoteForm.requiredFields.filter { missing.contains($0.name) }
    }

    public var title: String { editingExisting ? "Edit note" : "New countertransference note" }
    public var capturesText: Bool { review == nil && conflict == nil && draftOffer == nil && form.focused.capturesText }

    public var hints: [KeyHint] {
        if let review { return review.hints }
        if conflict != nil { return PendingConflict.hints }
        if draftOffer != nil { return [KeyHint("r", "resume"), KeyHint("n", editingExisting ? "use saved" : "new"),
                                       KeyHint("d", "discard")] }
        let missing = missingFields.count
        var hints = [KeyHint("^S", missing == 0 ? "save" : "save (\(missing) missing)"), KeyHint("Tab", "next field"),
                     KeyHint("Esc", "leave (draft kept)")]
        if form.focused.isLongText { hints.insert(KeyHint("^E", "$EDITOR"), at: 2) }
        return hints
    }

    public var help: [HelpRow] {
        [HelpRow.section("Moving"),
         HelpRow("Tab / S-Tab", "next / previous field (↑↓ too, outside long text)"),
         HelpRow("PgDn / PgUp", "next / previous section"),
         HelpRow.section("Answering"),
         HelpRow("type", "text fields; Enter moves on from one-line fields"),
         HelpRow("1–9 / Space", "tick a category; ←→ move between them"),
         HelpRow("1–5", "reactions: set the intensity of the highlighted family; 0 or Bksp clears"),
         HelpRow("^E", "open the long text field in $EDITOR"),
         HelpRow.section("Finishing"),
         HelpRow("^S", "save; fields marked * are needed. Possible identifiers are shown for review first"),
         HelpRow("Esc", "leave; anything typed is kept as a draft and offered next time"),
         HelpRow("origin", "stays private unless you untick it, even when the note is shared")]
    }

    /// The form's share of the screen: the content area without margins and the footer row.
    static func formViewport(_ size: Size) -> Size {
        Size(width: max(1, size.width - 2), height: max(1, size.height - 3))
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        let viewport = Self.formViewport(ctx.size)
        switch event {
        case .resize(let size):
            form.keepFocusVisible(viewport: Self.formViewport(size))
            return .none
        case .edited(let id, let text):
            guard let text, var field = form[id] else { return .say("The editor closed without changes.") }
            field.setText(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            form[id] = field
            form.keepFocusVisible(viewport: viewport)
            return .none
        case .paste(let s):
            guard review == nil, conflict == nil, draftOffer == nil else { return .none }
            _ = pasteIntoFocus(s)
            form.keepFocusVisible(viewport: viewport)
            return .none
        case .key(let key):
            if draftOffer != nil { return answerDraftOffer(key, ctx: ctx) }
            if conflict != nil { return answerConflict(key, ctx: ctx) }
            if review != nil { return answerReview(key, ctx: ctx) }
            return handle(key, ctx: ctx, viewport: viewport)
        default:
            return .unhandled
        }
    }

    private mutating func pasteIntoFocus(_ s: String) -> FormField.Outcome {
        var field = form.focused
        let r = field.paste(s)
        form[field.id] = field
        return r
    }

    private mutating func handle(_ key: Key, ctx: AppContext, viewport: Size) -> Outcome {
        switch key {
        case .ctrl("s"): return save(ctx: ctx)
        case .escape: return leave(ctx: ctx)
        case .tab: form.move(by: 1)
        case .backTab: form.move(by: -1)
        case .pageDown: form.jumpSection(forward: true)
        case .pageUp: form.jumpSection(forward: false)
        case .ctrl("e") where form.focused.isLongText:
            let f = form.focused
            return Outcome(effects: [.edit(EditRequest(id: f.id, text: f.text))])
        default:
            if form.handle(key, viewport: viewport) == .ignored {
                if !form.focused.capturesText, key == .char("q") { return leave(ctx: ctx) }
                return .unhandled
            }
            return .none
        }
        form.keepFocusVisible(viewport: viewport)
        return .none
    }

    public mutating func preserveWork(ctx: AppContext) {
        guard isDirty else { return }
        var e = current()
        e.updated = ctx.now()
        if (try? ctx.workbook.saveDraft(e)) != nil { baseline = current() }
    }

    /// Leaves the form; unsaved text goes to drafts/ first.
    mutating func leave(ctx: AppContext) -> Outcome {
        guard isDirty else { return .go(.pop) }
        var e = current()
        e.updated = ctx.now()
        do {
            try ctx.workbook.saveDraft(e)
            return .go(.pop, StatusMessage("Kept as a draft; it is offered when you next start a note.", severity: .info))
        } catch {
            return .say("Could not keep a draft (\(error.localizedDescription)). ^S saves, or fix the problem and retry.",
                        .error)
        }
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        let theme = ctx.theme
        let inner = area.inset(dx: 1, dy: 0)
        let (formArea, footer) = inner.splitBottom(1)
        let missing = missingFields
        form.render(into: &buffer, area: formArea, theme: theme, missing: Set(missing.map(\.field)))
        drawFooter(into: &buffer, footer, missing: missing.map(\.name), theme: theme)
        if let review {
            review.render(into: &buffer, area: formArea, theme: theme)
        } else {
            FormDialogs.draw(conflict: conflict, draftOffer: draftOffer, into: &buffer, area: area, theme: theme)
        }
    }

    /// What the focused field takes on the left; what still blocks saving on the right.
    private func drawFooter(into buffer: inout Buffer, _ r: Rect, missing: [String], theme: Theme) {
        guard !r.isEmpty else { return }
        buffer.fill(r, style: theme.normal)
        let right = missing.isEmpty ? "ready to save" : "needs: " + missing.joined(separator: ", ")
        let rightText = DisplayWidth.truncate(right, to: r.width)
        let rightWidth = DisplayWidth.of(rightText)
        buffer.write(rightText, x: r.maxX - rightWidth, y: r.y, style: missing.isEmpty ? theme.success : theme.warning)
        let room = r.width - rightWidth - 2
        if room >= 8 {
            buffer.write(DisplayWidth.truncate(form.focused.keyHelp, to: room), x: r.x, y: r.y, style: theme.dim)
        }
    }
}
