import AttuneDomain
import AttuneStore
import Foundation

/// What screens need from storage. The store-backed implementation is `StoreWorkbookService`;
/// tests and `attune render` without a workbook use `MemoryWorkbookService`.
public protocol WorkbookService: AnyObject {
    var ownerName: String { get }
    /// "supervisee" or "supervisor".
    var role: String { get }
    /// Every entry's summary (front matter, long text possibly trimmed), newest first.
    func summaries() -> [Entry]
    /// The newest few summaries, cheaply (for the first frame).
    func recentSummaries(limit: Int) -> [Entry]
    /// The whole entry, read from its file.
    func entry(_ id: EntryID) throws -> Entry
    /// Saves (creates or replaces) an entry. Throws when the file changed outside the app since it was loaded.
    func save(_ entry: Entry) throws
    /// Saves ours as a new entry and keeps theirs: the "keep both" answer to a conflict. Returns the new id.
    func saveAsCopy(_ entry: Entry) throws -> EntryID
    func trash(_ id: EntryID) throws
    func restore(_ id: EntryID) throws
    /// Entries in the trash, newest first.
    func trashedEntries() -> [Entry]
    func saveDraft(_ entry: Entry) throws
    func drafts() -> [Entry]
    func discardDraft(_ id: EntryID) throws
    /// Ids of entries whose full text (every field and the body) contains all the words, case- and
    /// accent-insensitively: for text the summaries cut short.
    func fullTextMatches(_ words: [String]) -> Set<EntryID>
    /// Files the store could not read (path and reason), to tell the user once.
    var problems: [String] { get }
}

/// A conflict the store found while saving: the file on disk is not the one the screen loaded.
public struct SaveConflict: Error, Hashable {
    public let id: EntryID
    public let diskVersion: Entry?
    public init(id: EntryID, diskVersion: Entry?) { self.id = id; self.diskVersion = diskVersion }
}

/// An in-memory workbook for tests and previews.
public final class MemoryWorkbookService: WorkbookService {
    public var ownerName: String
    public var role: String
    public private(set) var stored: [EntryID: Entry] = [:]
    public private(set) var trashed: [EntryID: Entry] = [:]
    public private(set) var draftStore: [EntryID: Entry] = [:]
    public var problems: [String] = []
    /// Set to make the next save fail, as a full disk or an outside edit would.
    public var failNextSave: Error?
    /// Set to make every draft save fail (a full disk) until cleared.
    public var failDrafts: Error?

    public init(ownerName: String = "A. Lee", role: String = "supervisee", entries: [Entry] = []) {
        self.ownerName = ownerName
        self.role = role
        for e in entries { stored[e.id] = e }
    }

    public func summaries() -> [Entry] {
        stored.values.sorted { ($0.created, $0.id) > ($1.created, $1.id) }
    }
    public func recentSummaries(limit: Int) -> [Entry] { Array(summaries().prefix(limit)) }
    public func entry(_ id: EntryID) throws -> Entry {
        guard let e = stored[id] else { throw CocoaError(.fileNoSuchFile) }
        return e
    }
    public func save(_ entry: Entry) throws {
        if let error = failNextSave { failNextSave = nil; throw error }
        stored[entry.id] = entry
    }
    public func saveAsCopy(_ entry: Entry) throws -> EntryID {
        var copy = entry
        var n = 1
        repeat { copy.id = EntryID(entry.id.rawValue + "-\(n)"); n += 1 } while stored[copy.id] != nil
        try save(copy)
        return copy.id
    }
    public func trash(_ id: EntryID) throws {
        guard let e = stored.removeValue(forKey: id) else { throw CocoaError(.fileNoSuchFile) }
        trashed[id] = e
    }
    public func restore(_ id: EntryID) throws {
        guard let e = trashed.removeValue(forKey: id) else { throw CocoaError(.fileNoSuchFile) }
        stored[id] = e
    }
    public func trashedEntries() -> [Entry] { trashed.values.sorted { $0.created > $1.created } }
    public func fullTextMatches(_ words: [String]) -> Set<EntryID> {
        let fold = Workbook.searchFold
        func text(_ v: Value) -> String {
            switch v {
            case .string(let s): return s
            case .list(let l): return l.map(text).joined(separator: " ")
            case .map(let m): return m.map { $0.key + " " + text($0.value) }.joined(separator: " ")
            default: return ""
            }
        }
        let needles = words.map { fold($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
        return Set(stored.values.filter { e in
            let hay = fold(e.body + " " + text(.map(e.fields)) + " " + e.tags.joined(separator: " "))
            return !needles.isEmpty && needles.allSatisfy { hay.contains($0) }
        }.map(\.id))
    }
    public func saveDraft(_ entry: Entry) throws {
        if let failDrafts { throw failDrafts }
        draftStore[entry.id] = entry
    }
    public func drafts() -> [Entry] { draftStore.values.sorted { $0.updated > $1.updated } }
    public func discardDraft(_ id: EntryID) throws { draftStore[id] = nil }
}
