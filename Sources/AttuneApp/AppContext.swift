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
    /// Extra keys from the config (`bind = F2 ^S`): the pressed key is read as the key it stands for.
    public var keyBindings: [Key: Key] = [:]
    /// The terminal size, kept current by the app on resize so screens can page and clamp scrolling.
    public var size: Size
    /// Our pulse check-in's definition (dimension titles and order), nil when its data file is missing.
    public var pulse: PulseCheckIn?
    /// Suggested reflections (the rules engine); nil when the rule files could not be found.
    public var suggestions: SuggestionService?

    /// The newest entries, read cheaply at start so the first frame does not wait for the whole workbook.
    public private(set) var recent: [Entry]
    private var allEntries: [Entry]?

    /// Every summary, newest first: read on first use (or by `loadAll()` right after the first frame) and kept
    /// current by the screens that change entries (save, trash, restore call `reload()`).
    public var entries: [Entry] {
        if let allEntries { return allEntries }
        return loadAll()
    }

    public var isFullyLoaded: Bool { allEntries != nil }

    /// Work that can wait until after the first frame (parsing rule and prompt files); run by `loadAll()`.
    private var deferredSetup: [() -> Void] = []

    public func afterFirstFrame(_ work: @escaping () -> Void) { deferredSetup.append(work) }

    @discardableResult
    public func loadAll() -> [Entry] {
        let setup = deferredSetup
        deferredSetup = []
        for work in setup { work() }
        let all = workbook.summaries()
        allEntries = all
        recent = Array(all.prefix(Self.recentCount))
        return all
    }

    static let recentCount = 50

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
        self.recent = workbook.recentSummaries(limit: Self.recentCount)
    }

    /// Re-reads the summaries after a change.
    public func reload() { loadAll() }

    public func latest(_ kind: EntryKind) -> Entry? { entries.first(where: { $0.kind == kind }) }

    /// The current suggestions, ranked, hidden ones left out.
    public func currentSuggestions(limit: Int = 5) -> [Suggestion] {
        suggestions?.suggestions(entries: entries, now: now(), role: workbook.role, limit: limit) ?? []
    }
}
