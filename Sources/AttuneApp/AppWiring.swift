import AttuneDomain
import Foundation

/// Connects the optional modules to a context: one place, so the CLI, `render` and tests agree.
public enum AppWiring {
    /// The rules and the pulse definition are parsed after the first frame (nothing in it needs them).
    public static func configure(_ ctx: AppContext, workbookURL: URL?) {
        ctx.afterFirstFrame { [unowned ctx] in
            ctx.suggestions = SuggestionService.load(workbookURL: workbookURL)
            ctx.pulse = try? PulseCheckIn.bundled()
        }
    }
}
