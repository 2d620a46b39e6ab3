import AttuneDomain
import Foundation

/// Connects the optional modules to a context: one place, so the CLI, `render` and tests agree.
public enum AppWiring {
    public static func configure(_ ctx: AppContext, workbookURL: URL?) {
        ctx.suggestions = SuggestionService.load(workbookURL: workbookURL)
        ctx.pulse = try? PulseCheckIn.bundled()
    }
}
