import AttuneDomain
import AttuneTUI
import Foundation

/// The empathy-barrier checklist: what it covers (one session or the week), an optional client code, then every
/// item under its barrier. Space toggles, 1–3 set a severity, `n` adds a note, ^S saves and shows a summary.
public struct ChecklistScreen: ScreenModel {
    enum Focus: Hashable { case period, client, items }

    static let periods = [Choice("session", "session"), Choice("week", "week")]

    var period: ChipSelect
    var client: TextField
    var items: ChecklistItems
    var focus = Focus.items
    /// The note being written for the highlighted item, while `n` is open.
    var noteField: TextField?
    var base: Entry
    let editingExisting: Bool
    var baseline: Entry
    var review: FindingsReview?
    var conflict: PendingConflict?
    var draftOffer: DraftOffer?
    var kept: Set<String> = []
    let check: IdentifierCheck

    public init(ctx: AppContext, check: IdentifierCheck = .standard) {
        let now = ctx.now()
        let entry = Entry(id: EntryID.make(kind: .checklist, at: now), kind: .checklist, created: now,
                          author: ctx.workbook.ownerName)
        self.init(entry: entry, existing: false, ctx: ctx, check: check)
    }

    public init(editing entry: Entry, ctx: AppContext, check: IdentifierCheck = .standard) {
        self.init(entry: entry, existing: true, ctx: ctx, check: check)
    }

    private init(entry: Entry, existing: Bool, ctx: AppContext, check: IdentifierCheck) {
        base = entry
        baseline = entry
        let opening = DraftOffer.opening(entry, asEdit: existing, ctx: ctx)
        editingExisting = opening.editsSaved
        self.check = check
        period = ChipSelect(options: Self.periods, single: true, selectedIDs: ["session"])
        client = TextField()
        items = ChecklistItems(definition: ctx.checklist)
        load(entry, ctx: ctx)
        draftOffer = opening.offer
    }

    mutating func load(_ entry: Entry, ctx: AppContext) {
        base = entry
        let c = BarrierChecklist(fields: entry.fields)
        period = ChipSelect(options: Self.periods, single: true, selectedIDs: [c.period])
        client = TextField(text: c.client, placeholder: "case code (optional)", maxLength: 40)
        items = ChecklistItems(definition: ctx.checklist, answers: c.answers)
        kept = GuardAllowances.read(entry)
        baseline = current(ctx.checklist)
    }

    /// The entry as the screen now reads, keeping any keys it does not know.
    func current(_ definition: ChecklistDefinition) -> Entry {
        var e = base
        let checklist = BarrierChecklist(period: period.selectedIDs.first ?? "session",
                                         client: client.text.trimmingCharacters(in: .whitespaces),
                                         answers: items.allAnswers)
        var result = checklist.fields(definition: definition)
        for (k, v) in e.fields where !Self.knownKeys.contains(k) && result[k] == nil { result[k] = v }
        e.fields = result
        GuardAllowances.write(kept, to: &e)
        return e
    }

    static let knownKeys: Set<String> = ["period", "client", "items", "barriers_present"]

    func isDirty(_ ctx: AppContext) -> Bool { !EntrySaving.sameContent(current(ctx.checklist), baseline) }
    public func hasUnsavedWork(ctx: AppContext) -> Bool { isDirty(ctx) }

    public var title: String { editingExisting ? "Edit checklist" : "Empathy-barrier checklist" }
    public var capturesText: Bool {
        review == nil && conflict == nil && draftOffer == nil && (noteField != nil || focus == .client)
    }

    public var hints: [KeyHint] {
        if let review { return review.hints }
        if conflict != nil { return PendingConflict.hints }
        if draftOffer != nil { return [KeyHint("r", "resume"), KeyHint("n", editingExisting ? "use saved" : "new"),
                                       KeyHint("d", "discard")] }
        if noteField != nil { return [KeyHint("Enter", "keep note"), KeyHint("Esc", "cancel note")] }
        switch focus {
        case .items:
            return [KeyHint("Space", "present"), KeyHint("1-3", "severity"), KeyHint("n", "note"),
                    KeyHint("^S", "save"), KeyHint("Tab", "period"), KeyHint("Esc", "leave")]
        case .period:
            return [KeyHint("1-2", "pick"), KeyHint("Tab", "next"), KeyHint("^S", "save"), KeyHint("Esc", "leave")]
        case .client:
            return [KeyHint("Enter", "to items"), KeyHint("^S", "save"), KeyHint("Esc", "leave")]
        }
    }

    public var help: [HelpRow] {
        [HelpRow("↑↓ / j k", "move between items; PgUp PgDn Home End too"),
         HelpRow("Space", "mark the item present (again: absent)"),
         HelpRow("1 2 3", "severity of the item (marks it present); 0 clears the severity"),
         HelpRow("n", "write a short note on the item; Enter keeps it, Esc cancels"),
         HelpRow("Tab / S-Tab", "what the checklist covers (one session or the week), the client code, the items"),
         HelpRow("^S", "save and see the summary; h there opens the barrier history"),
         HelpRow("Esc", "leave; unsaved answers are kept as a draft and offered next time")]
    }

    /// Rows left for the items on a screen of `size`: the content area (without title and status lines) less
    /// the header (period, client), the separator, the detail pane and the footer.
    static func listHeight(_ size: Size) -> Int {
        let content = size.height - 2
        return max(1, content - 2 - 1 - detailRows(contentHeight: content) - 1)
    }
    static func detailRows(contentHeight: Int) -> Int { contentHeight >= 18 ? 3 : 2 }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        switch event {
        case .paste(let s):
            if noteField != nil { noteField?.insert(s) } else if focus == .client, review == nil { client.insert(s) }
            return .none
        case .key(let key):
            if draftOffer != nil { return answerDraftOffer(key, ctx: ctx) }
            if conflict != nil { return answerConflict(key, ctx: ctx) }
            if review != nil { return answerReview(key, ctx: ctx) }
            if noteField != nil { return handleNote(key, ctx: ctx) }
            let outcome = handle(key, ctx: ctx)
            items.keepVisible(height: Self.listHeight(ctx.size))
            return outcome
        default:
            return .unhandled
        }
    }

    private mutating func handleNote(_ key: Key, ctx: AppContext) -> Outcome {
        switch key {
        case .enter, .tab:
            items.setNote(noteField?.text ?? "")
            noteField = nil
            return .none
        case .escape:
            noteField = nil
            return .say("Note not changed.")
        case .ctrl("s"):
            items.setNote(noteField?.text ?? "")
            noteField = nil
            return save(ctx: ctx)
        default:
            _ = noteField?.handle(key)
            return .none
        }
    }

    private mutating func handle(_ key: Key, ctx: AppContext) -> Outcome {
        switch key {
        case .ctrl("s"): return save(ctx: ctx)
        case .escape: return leave(ctx: ctx)
        case .tab: focus = focus == .period ? .client : focus == .client ? .items : .period; return .none
        case .backTab: focus = focus == .items ? .client : focus == .client ? .period : .items; return .none
        default: break
        }
        switch focus {
        case .period:
            if key == .down || key == .enter || key == .char("j") { focus = .client; return .none }
            if period.handle(key) != .ignored { return .none }
        case .client:
            if key == .down || key == .enter { focus = .items; return .none }
            if key == .up { focus = .period; return .none }
            if client.handle(key) != .ignored { return .none }
            return .unhandled
        case .items:
            if key == .char("n"), items.items.indices.contains(items.highlighted) {
                noteField = TextField(text: items.answer(items.highlighted).note, placeholder: "a few words", maxLength: 300)
                return .none
            }
            if (key == .up || key == .char("k")), items.highlighted == 0 { focus = .client; return .none }
            if items.handle(key, page: Self.listHeight(ctx.size)) != .ignored { return .none }
        }
        if key == .char("q") { return leave(ctx: ctx) }
        return .unhandled
    }

    public mutating func preserveWork(ctx: AppContext) {
        if let note = noteField { items.setNote(note.text); noteField = nil }
        guard isDirty(ctx) else { return }
        var e = current(ctx.checklist)
        e.updated = ctx.now()
        if (try? ctx.workbook.saveDraft(e)) != nil { baseline = current(ctx.checklist) }
    }

    mutating func leave(ctx: AppContext) -> Outcome {
        guard isDirty(ctx) else { return .go(.pop) }
        var e = current(ctx.checklist)
        e.updated = ctx.now()
        do {
            try ctx.workbook.saveDraft(e)
            return .go(.pop, StatusMessage("Kept as a draft; it is offered when you next start a checklist."))
        } catch {
            return .say("Could not keep a draft (\(error.localizedDescription)). ^S saves instead.", .error)
        }
    }
}
