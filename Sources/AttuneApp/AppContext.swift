import AttuneDomain
import AttuneTUI
import Foundation

/// A suggested reflection as the dashboard shows it (filled by the rules engine).
public struct SuggestionRow: Hashable, Sendable {
    public var id: String
    public var prompt: String
    public var why: String
    public init(id: String, prompt: String, why: String) { self.id = id; self.prompt = prompt; self.why = why }
}

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
    /// Computes suggestions from entries; nil until the rules module is wired in.
    public var suggest: (([Entry]) -> [SuggestionRow])?

    /// Summaries are read once and kept current by the screens that change them (save, trash, restore).
    public private(set) var entries: [Entry]

    public init(workbook: WorkbookService, now: @escaping () -> Date = Date.init, theme: Theme = .color,
                checklist: ChecklistDefinition, settings: AppSettings = AppSettings(),
                size: Size = Size(width: 80, height: 24), suggest: (([Entry]) -> [SuggestionRow])? = nil) {
        self.workbook = workbook
        self.now = now
        self.theme = theme
        self.checklist = checklist
        self.settings = settings
        self.suggest = suggest
        self.size = size
        self.entries = workbook.summaries()
    }

    /// Re-reads the summaries after a change.
    public func reload() { entries = workbook.summaries() }

    public func latest(_ kind: EntryKind) -> Entry? { entries.first(where: { $0.kind == kind }) }
}
