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
        default: return nil
        }
    }

    /// `:` commands (and `attune new …`), e.g. ["new", "note"] or ["checklist"].
    public static func screen(forCommand words: [String], ctx: AppContext) -> (any ScreenModel)? {
        var words = words
        if words.first == "new" { words.removeFirst() }
        switch words.first {
        default: return nil
        }
    }

    /// The form that edits an existing entry, if its kind has one.
    static func editor(for entry: Entry, ctx: AppContext) -> (any ScreenModel)? {
        switch entry.kind {
        default: return nil
        }
    }

    /// Screens `attune render` can print.
    public static let renderable = ["dashboard", "browser", "onboarding", "entry", "help"]
}
