import AttuneDomain
import AttuneStore
import Foundation

/// The app's view of a real workbook folder (AttuneStore.Workbook).
public final class StoreWorkbookService: WorkbookService {
    public let workbook: Workbook
    private let now: () -> Date

    public init(workbook: Workbook, now: @escaping () -> Date = Date.init) {
        self.workbook = workbook
        self.now = now
    }

    public var ownerName: String { workbook.name }
    public var role: String { workbook.role.rawValue }

    public func summaries() -> [Entry] { workbook.summaries().map(\.partialEntry) }
    public func recentSummaries(limit: Int) -> [Entry] { workbook.recent(limit: limit).map(\.partialEntry) }
    public func entry(_ id: EntryID) throws -> Entry { try workbook.entry(id) }

    public func save(_ entry: Entry) throws {
        do { try workbook.save(entry) } catch let conflict as ConflictError {
            throw SaveConflict(id: entry.id, diskVersion: conflict.theirs)
        }
    }

    public func saveAsCopy(_ entry: Entry) throws -> EntryID {
        var copy = entry
        repeat { copy.id = EntryID.make(kind: entry.kind, at: entry.created) } while copy.id == entry.id
        copy.updated = now()
        try workbook.save(copy)
        return copy.id
    }

    public func trash(_ id: EntryID) throws { try workbook.delete(id) }
    public func restore(_ id: EntryID) throws { try workbook.restore(id) }
    public func trashedEntries() -> [Entry] { workbook.trashed() }
    public func fullTextMatches(_ words: [String]) -> Set<EntryID> { workbook.entriesContaining(words: words) }
    public func saveDraft(_ entry: Entry) throws { try workbook.saveDraft(entry) }
    public func drafts() -> [Entry] { workbook.drafts() }
    public func discardDraft(_ id: EntryID) throws { try workbook.deleteDraft(id) }
    public var problems: [String] { workbook.unreadableFilesFromLastListing().map(\.description) }
}
