import AttuneDomain
import AttuneRules
import AttuneTUI
import Foundation

/// Settings the screens read (from the config file).
public struct AppSettings: Hashable, Sendable {
    public var checkinCadenceDays: Int
    public var supervisionCadenceDays: Int
    public init(checkinCadenceDays: Int = 7, supervisionCadenceDays: Int = 7) {
        self.checkinCadenceDays = checkinCadenceDays
        self.supervisionCadenceDays = supervisionCadenceDays
    }
}

/// The environment screens run in: storage, clock, theme and reference data. Injected, so tests are hermetic.
public final class AppContext {
    public let workbook: WorkbookService
    public let now: () -> Date
    public var theme: Theme
    public let checklist: ChecklistDefinition
    public var settings: AppSettings
    /// The terminal size, kept current by the app on resize so screens can page and clamp scrolling.
    public var size: Size
    /// Suggested reflections (the rules engine); nil when the rule files could not be found.
    public var suggestions: SuggestionService?

    /// Summaries are read once and kept current by the screens that change them (save, trash, restore).
    public private(set) var entries: [Entry]

    public init(workbook: WorkbookService, now: @escaping () -> Date = Date.init, theme: Theme = .color,
                checklist: ChecklistDefinition, settings: AppSettings = AppSettings(),
                size: Size = Size(width: 80, height: 24), suggestions: SuggestionService? = nil) {
        self.workbook = workbook
        self.now = now
        self.theme = theme
        self.checklist = checklist
        self.settings = settings
        self.suggestions = suggestions
        self.size = size
        self.entries = workbook.summaries()
    }

    /// Re-reads the summaries after a change.
    public func reload() { entries = workbook.summaries() }

    public func latest(_ kind: EntryKind) -> Entry? { entries.first(where: { $0.kind == kind }) }

    /// The current suggestions, ranked, hidden ones left out.
    public func currentSuggestions(limit: Int = 5) -> [Suggestion] {
        suggestions?.suggestions(entries: entries, now: now(), role: workbook.role, limit: limit) ?? []
    }
}
