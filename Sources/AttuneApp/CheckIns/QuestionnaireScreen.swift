import AttuneDomain
import AttuneTUI
import Foundation

/// Answers a questionnaire (our pulse or an imported instrument) one item at a time, then saves it and shows
/// the result in its place. Esc keeps a draft that the next run offers to resume.
public struct QuestionnaireScreen: ScreenModel {
    var flow: QuestionnaireFlow
    /// A draft found on opening, waiting for "resume or start over".
    var offeredDraft: Entry?
    /// The id of the draft this run writes (reused when a draft was resumed).
    var draftID: EntryID
    var draftSaved = false
    var finished = false

    public init(questionnaire: Questionnaire, ctx: AppContext) {
        flow = QuestionnaireFlow(questionnaire: questionnaire)
        draftID = EntryID.make(kind: questionnaire.kind, at: ctx.now())
        offeredDraft = ctx.workbook.drafts().first { QuestionnaireRecord.matches($0, questionnaire) }
    }

    /// The pulse check-in, or a screen saying what is wrong with the shipped pulse file.
    public static func pulse(ctx: AppContext) -> any ScreenModel {
        do { return QuestionnaireScreen(questionnaire: .pulse(try PulseCheckIn.bundled()), ctx: ctx) } catch {
            return InstrumentInfoScreen(problem: "The check-in items could not be loaded: \(error)")
        }
    }

    /// An instrument run with its imported wording, or the screen explaining how to import it.
    public static func assessment(_ instrumentID: String, ctx: AppContext) -> any ScreenModel {
        let key: InstrumentKey
        do { key = try InstrumentKey.bundled(instrumentID) } catch {
            return InstrumentInfoScreen(problem: String(describing: error))
        }
        switch ctx.importedWording(key) {
        case .success(let wording?): return QuestionnaireScreen(questionnaire: .instrument(key, wording: wording), ctx: ctx)
        case .success(nil): return InstrumentInfoScreen(key: key)
        case .failure(let error): return InstrumentInfoScreen(key: key, problem: error.description)
        }
    }

    /// A check-in or assessment draft picked in the drafts list, resumed where it stopped. Saved check-ins
    /// and assessments are records of what was answered then and have no form (nil).
    public static func resuming(_ draft: Entry, ctx: AppContext) -> (any ScreenModel)? {
        guard ctx.workbook.drafts().contains(where: { $0.id == draft.id }) else { return nil }
        let opened = draft.kind == .checkin ? pulse(ctx: ctx)
            : assessment(draft.fields["instrument"]?.string ?? "", ctx: ctx)
        guard var screen = opened as? QuestionnaireScreen else { return opened }
        screen.resume(draft)
        return screen
    }

    var questionnaire: Questionnaire { flow.questionnaire }

    private mutating func resume(_ draft: Entry) {
        flow = QuestionnaireFlow(questionnaire: questionnaire,
                                 answers: QuestionnaireRecord.answers(in: draft, for: questionnaire))
        draftID = draft.id
        draftSaved = true
        offeredDraft = nil
    }

    public var title: String { questionnaire.kind == .checkin ? "Check-in" : questionnaire.instrumentID == "cbi" ? "CBI" : "ProQOL 5" }

    public var hints: [KeyHint] {
        if offeredDraft != nil { return [KeyHint("r", "resume draft"), KeyHint("n", "start over"), KeyHint("Esc", "back")] }
        let first = questionnaire.firstDigit
        var hints = [KeyHint("\(first)–\(first + questionnaire.choices.count - 1)", "answer")]
        if flow.isLastItem { hints.append(KeyHint("Enter", "result")) }
        hints += [KeyHint("↑↓", "item"), KeyHint("Bksp", "back"), KeyHint("Esc", "keep draft")]
        return hints
    }

    public var help: [HelpRow] {
        let first = questionnaire.firstDigit
        return [HelpRow("\(first)–\(first + questionnaire.choices.count - 1)", "answer the item and go to the next"),
                HelpRow("Enter", "next item; on the last item: save and show the result"),
                HelpRow("Bksp / ↑ / k", "previous item"), HelpRow("↓ / j / Tab", "next item"),
                HelpRow("← → / h l, Space", "move along the scale, Space picks"),
                HelpRow("Del", "clear this item's answer"), HelpRow("Home / End", "first / last item"),
                HelpRow("Esc", "leave; your answers are kept as a draft to resume"),
                HelpRow.section("About"), HelpRow("", questionnaire.notice)]
    }

    public mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        if case .paste(let text) = event, offeredDraft == nil { return answerPasted(text) }
        guard case .key(let key) = event else { return .unhandled }
        if let draft = offeredDraft { return answerDraftOffer(key, draft: draft, ctx: ctx) }
        if key == .function(1) { return .unhandled }
        // q would otherwise reach the app's global "back" and drop the answers without a draft.
        if key == .char("q") { return leave(ctx) }
        switch flow.handle(key) {
        case .changed: return .none
        case .ignored: return .unhandled
        case .leave: return leave(ctx)
        case .finish: return finish(ctx)
        }
    }

    /// Digits typed faster than keys arrive as one paste: they answer item after item, as typed. A line
    /// break is not taken as Enter, so a paste never saves by itself.
    private mutating func answerPasted(_ text: String) -> Outcome {
        let digits = text.filter { !$0.isWhitespace }
        guard !digits.isEmpty, digits.allSatisfy({ KeyMap.digit(.char($0)) != nil }) else {
            return .say("Only digits answer here; the pasted text was not used.", .warning)
        }
        for digit in digits { _ = flow.handle(.char(digit)) }
        return .none
    }

    private mutating func answerDraftOffer(_ key: Key, draft: Entry, ctx: AppContext) -> Outcome {
        switch key {
        case .char("r"), .enter:
            resume(draft)
            return .say("Draft resumed at item \(flow.progressText).")
        case .char("n"):
            try? ctx.workbook.discardDraft(draft.id)
            offeredDraft = nil
            return .say("Starting a new one; the old draft was discarded.")
        case .escape, .char("q"):
            return .go(.pop)
        default:
            return .unhandled
        }
    }

    private mutating func leave(_ ctx: AppContext) -> Outcome {
        guard flow.answeredCount > 0 else { return .go(.pop) }
        do {
            try saveDraft(ctx)
            return .go(.pop, StatusMessage("Draft kept (\(flow.answeredCount) of \(flow.itemCount) answered); "
                                            + "open it again to resume.", severity: .success))
        } catch {
            return .say("The draft could not be saved: \(error.localizedDescription). Your answers are still here.", .error)
        }
    }

    private mutating func saveDraft(_ ctx: AppContext) throws {
        let draft = QuestionnaireRecord.draft(for: flow, id: draftID, created: ctx.now(), author: ctx.workbook.ownerName)
        try ctx.workbook.saveDraft(draft)
        draftSaved = true
    }

    private mutating func finish(_ ctx: AppContext) -> Outcome {
        guard flow.answeredCount > 0 else { return .say("Answer at least one item first.", .warning) }
        let now = ctx.now()
        let entry = QuestionnaireRecord.entry(for: flow, id: EntryID.make(kind: questionnaire.kind, at: now),
                                              created: now, author: ctx.workbook.ownerName)
        do { try ctx.workbook.save(entry) } catch {
            return .say("Not saved: \(error.localizedDescription). Your answers are still here; Esc keeps a draft.", .error)
        }
        finished = true
        if draftSaved { try? ctx.workbook.discardDraft(draftID) }
        ctx.reload()
        return .go(.replace(QuestionnaireResultScreen(entry: entry, questionnaire: questionnaire, ctx: ctx)),
                   StatusMessage("Saved.", severity: .success))
    }

    public mutating func preserveWork(ctx: AppContext) {
        guard !finished, offeredDraft == nil, flow.answeredCount > 0 else { return }
        try? saveDraft(ctx)
    }

    public func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {
        buffer.cursor = nil
        let page = area.inset(dx: area.width >= 60 ? 2 : 1, dy: 0)
        guard page.width > 4, page.height > 2 else { return }
        if let draft = offeredDraft {
            drawDraftOffer(draft, into: &buffer, page, ctx: ctx)
            return
        }
        let theme = ctx.theme
        let (body, footer) = page.splitBottom(1)
        var canvas = PageCanvas(width: body.width, theme: theme)
        canvas.row(questionnaire.title, right: flow.progressText, style: theme.title, rightStyle: theme.accent)
        canvas.text(questionnaire.notice, style: theme.dim)
        canvas.blank()
        let itemTop = canvas.height
        canvas.text("\(flow.index + 1). " + questionnaire.items[flow.index], style: theme.focus)
        canvas.blank()
        let labels = questionnaire.choices.map(\.label)
        let scale = ScaleRow(prompt: "", labels: labels, lowest: questionnaire.firstDigit,
                             value: flow.currentAnswer.flatMap { questionnaire.choiceIndex(forCode: $0) }
                                 .map { $0 + questionnaire.firstDigit })
        var highlightedScale = scale
        highlightedScale.highlighted = flow.highlighted
        canvas.block(height: scale.height(forWidth: body.width)) { buffer, rect in
            highlightedScale.render(into: &buffer, area: rect, focused: true, theme: theme)
        }
        let scaleBottom = canvas.height
        canvas.blank()
        canvas.text(progressDots(width: body.width), style: theme.dim)
        // Keep the item and its whole scale in view on a small screen; the title scrolls away first.
        let scroll = max(0, min(itemTop, scaleBottom - body.height))
        canvas.show(into: &buffer, area: body, scroll: scroll)
        let prompt = flow.isLastItem
            ? (flow.currentAnswer == nil ? "Last item · Enter shows the result" : "Enter shows the result")
            : "\(flow.answeredCount) of \(flow.itemCount) answered · digits answer"
        buffer.write(DisplayWidth.truncate(prompt, to: footer.width), x: footer.x, y: footer.y,
                     style: flow.isLastItem ? theme.accent : theme.dim)
    }

    /// One mark per item: answered ●, unanswered ○; the item on screen is ◉ or ◌.
    private func progressDots(width: Int) -> String {
        let marks = flow.answers.enumerated().map { i, a -> String in
            i == flow.index ? (a == nil ? "◌" : "◉") : (a == nil ? "○" : "●")
        }
        return marks.count <= width ? marks.joined() : "\(flow.answeredCount) answered"
    }

    private func drawDraftOffer(_ draft: Entry, into buffer: inout Buffer, _ page: Rect, ctx: AppContext) {
        let theme = ctx.theme
        var canvas = PageCanvas(width: page.width, theme: theme)
        canvas.text(questionnaire.title, style: theme.title)
        canvas.text(questionnaire.notice, style: theme.dim)
        canvas.blank()
        let answered = QuestionnaireRecord.answers(in: draft, for: questionnaire).compactMap { $0 }.count
        canvas.text("You left one unfinished on \(Timestamp.formatShort(draft.updated)) with \(answered) of "
                    + "\(questionnaire.items.count) items answered.")
        canvas.blank()
        canvas.text("r  resume it", style: theme.accent, indent: 2)
        canvas.text("n  start over (the draft is discarded)", style: theme.accent, indent: 2)
        canvas.text("Esc  back, keeping the draft", style: theme.dim, indent: 2)
        canvas.show(into: &buffer, area: page, scroll: 0)
    }
}
