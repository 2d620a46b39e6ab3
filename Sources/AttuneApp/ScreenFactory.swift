import AttuneDomain
import AttuneTUI

/// Where screens are made from keys, `:` commands and entries: the one place to register a new screen.
public enum ScreenFactory {
    /// Dashboard single-letter keys.
    static func screen(forKey c: Character, ctx: AppContext) -> (any ScreenModel)? {
        switch c {
        case "n": return screen(forCommand: ["note"], ctx: ctx)
        case "c": return screen(forCommand: ["checklist"], ctx: ctx)
        case "i": return screen(forCommand: ["checkin"], ctx: ctx)
        case "H": return screen(forCommand: ["scores"], ctx: ctx)
        default: return nil
        }
    }

    /// `:` commands (and `attune new …`), e.g. ["new", "note"] or ["checklist"].
    public static func screen(forCommand words: [String], ctx: AppContext) -> (any ScreenModel)? {
        var words = words
        if words.first == "new" { words.removeFirst() }
        switch words.first {
        case "checkin", "check-in", "pulse": return QuestionnaireScreen.pulse(ctx: ctx)
        case "assess", "assessment": return QuestionnaireScreen.assessment(words.dropFirst().first ?? "cbi", ctx: ctx)
        case "cbi", "proqol5": return QuestionnaireScreen.assessment(words[0], ctx: ctx)
        case "scores", "history", "scores-history":
            return ScoresHistoryScreen(ctx: ctx, instrument: words.dropFirst().first ?? "pulse")
        case "reflection", "reflect": return ReflectionScreen(ctx: ctx, suggestion: nil)
        case "drafts": return DraftsScreen(ctx: ctx)
        case "note": return NoteFormScreen(ctx: ctx)
        case "checklist": return ChecklistScreen(ctx: ctx)
        case "barrier-history", "barriers": return BarrierHistoryScreen(ctx: ctx)
        default: return nil
        }
    }

    /// The form that edits an existing entry, if its kind has one.
    static func editor(for entry: Entry, ctx: AppContext) -> (any ScreenModel)? {
        switch entry.kind {
        case .reflection: return ReflectionScreen(editing: entry)
        case .checkin, .assessment: return QuestionnaireScreen.resuming(entry, ctx: ctx)
        case .note: return NoteFormScreen(editing: entry, ctx: ctx)
        case .checklist: return ChecklistScreen(editing: entry, ctx: ctx)
        default: return nil
        }
    }

    /// Screens `attune render` can print.
    public static let renderable = ["dashboard", "browser", "onboarding", "entry", "help", "reflection", "drafts"]
        + checkInRenderNames
        + ["note", "checklist", "barrier-history"]

    public struct RenderError: Error, CustomStringConvertible {
        public let description: String
    }

    /// A program showing the named screen, as `attune render` prints it.
    public static func renderProgram(named name: String, ctx: AppContext, entryID: EntryID?) throws -> any Program {
        var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        switch name {
        case "dashboard":
            return app
        case "onboarding":
            return OnboardingProgram(theme: ctx.theme, workbookPath: "~/.local/share/attune")
        case "browser":
            _ = app.update(.key(.char("b")))
            return app
        case "help":
            _ = app.update(.key(.char("?")))
            return app
        case "entry":
            guard let id = entryID ?? ctx.entries.first?.id else {
                throw RenderError(description: "the workbook has no entries to show; add some with `attune demo`")
            }
            app = AttuneApp(ctx: ctx, root: EntryScreen(id: id, ctx: ctx))
            return app
        default:
            if let screen = screen(forCommand: [name], ctx: ctx) { return AttuneApp(ctx: ctx, root: screen) }
            throw RenderError(description: "no screen named “\(name)”. Screens: " + renderable.joined(separator: ", "))
        }
    }
}
