import AttuneDomain
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A workbook folder of plain files (see docs/SCHEMA.md and docs/STORE.md). Open read-write to change it (takes
/// the single-writer lock) or read-only to list, show and export while another attune holds the lock.
public final class Workbook {
    public enum AccessMode: Sendable { case readOnly, readWrite }

    /// Folders every workbook has.
    static let folderNames = ["entries", "drafts", "trash", "comments", "sessions", "exchange", "instruments",
                              "rules", "checklists", ".attune"]
    static let gitignoreText = "# attune: derived cache, lock and local state; never the source of truth\n.attune/\n"
    static let lockPath = ".attune/lock"

    public let url: URL
    public let mode: AccessMode
    public private(set) var role: WorkbookRole
    public private(set) var name: String
    public private(set) var schema: Int
    /// Files moved by a schema migration during `open`, 0 when none ran.
    public private(set) var migratedFiles = 0
    let now: @Sendable () -> Date
    private var lock: WorkbookLock?
    var loadedIndex: EntryIndex?
    /// Hash of each entry file's bytes as last read or written by this object: the base for conflict checks.
    private var revisions: [EntryID: UInt64] = [:]

    private init(url: URL, mode: AccessMode, manifest: WorkbookManifest, lock: WorkbookLock?,
                 now: @escaping @Sendable () -> Date) {
        self.url = url
        self.mode = mode
        self.role = manifest.role
        self.name = manifest.name
        self.schema = manifest.schema
        self.lock = lock
        self.now = now
    }

    deinit { close() }

    // MARK: create / open / close

    public static func create(at url: URL, role: WorkbookRole, name: String,
                              now: @escaping @Sendable () -> Date = { Date() }) throws -> Workbook {
        let manifestURL = url.appendingPathComponent(WorkbookManifest.fileName)
        if FileManager.default.fileExists(atPath: manifestURL.path) { throw StoreError.alreadyExists(path: url.path) }
        try AtomicFile.makeFolder(url)
        chmod(url.path, AtomicFile.folderMode)
        try makeFolders(url)
        try AtomicFile.write(Data(gitignoreText.utf8), to: url.appendingPathComponent(".gitignore"))
        let manifest = WorkbookManifest(schema: WorkbookManifest.currentSchema, role: role, name: name,
                                        created: now())
        try AtomicFile.write(Data(manifest.encoded().utf8), to: manifestURL)
        return try open(at: url, mode: .readWrite, now: now)
    }

    public static func open(at url: URL, mode: AccessMode = .readWrite,
                            now: @escaping @Sendable () -> Date = { Date() }) throws -> Workbook {
        let manifestURL = url.appendingPathComponent(WorkbookManifest.fileName)
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            throw StoreError.notAWorkbook(path: url.path)
        }
        let data = try AtomicFile.read(manifestURL.path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw StoreError.badManifest(path: manifestURL.path, reason: "it is not UTF-8 text")
        }
        var manifest = try WorkbookManifest.decode(text, path: manifestURL.path)
        if manifest.schema > WorkbookManifest.currentSchema {
            throw StoreError.newerSchema(path: url.path, found: manifest.schema,
                                         supported: WorkbookManifest.currentSchema)
        }
        var lock: WorkbookLock?
        var moved = 0
        if mode == .readWrite {
            try AtomicFile.makeFolder(url.appendingPathComponent(".attune"))
            lock = try WorkbookLock.acquire(at: url.appendingPathComponent(lockPath).path, now: now())
            if manifest.schema < WorkbookManifest.currentSchema {
                moved = try WorkbookMigration.migrate(url, manifest: &manifest).moved
                try? FileManager.default.removeItem(at: url.appendingPathComponent(EntryIndex.relativePath))
            }
            try makeFolders(url)
        } else if manifest.schema < WorkbookManifest.currentSchema {
            throw StoreError.needsMigration(path: url.path, found: manifest.schema)
        }
        let workbook = Workbook(url: url, mode: mode, manifest: manifest, lock: lock, now: now)
        workbook.migratedFiles = moved
        return workbook
    }

    static func makeFolders(_ url: URL) throws {
        for folder in folderNames { try AtomicFile.makeFolder(url.appendingPathComponent(folder)) }
    }

    /// Writes a pending index and releases the lock. Safe to call twice.
    public func close() {
        if let index = loadedIndex, index.dirty { index.write(now: now()) }
        lock?.release()
        lock = nil
    }

    func requireWritable() throws {
        guard mode == .readWrite, lock != nil else { throw StoreError.readOnly }
    }

    // MARK: listing

    /// All entries as summaries, recent first. Checks every file's size and mtime, so outside edits are seen.
    public func summaries() -> [EntrySummary] {
        let index = fullIndex()
        if index.refresh(checkFiles: true) { index.write(now: now()) }
        return index.sortedRecords().map(\.summary)
    }

    /// The `limit` most recent entries. Reads only the head of the index when nothing changed on disk.
    public func recent(limit: Int) -> [EntrySummary] {
        if loadedIndex == nil, let quick = RecentReader.read(root: url, limit: limit) { return quick }
        let index = fullIndex()
        if index.refresh(checkFiles: false) { index.write(now: now()) }
        return Array(index.sortedRecords().prefix(limit)).map { record in
            // The head is shown to a person: make sure those files did not change in place.
            let stamp = FileStamp.of(url.appendingPathComponent(record.summary.path).path)
            guard stamp != record.stamp else { return record.summary }
            index.reparse(record.summary.path, stamp: stamp)
            return index.records[record.summary.path]?.summary ?? record.summary
        }
    }

    /// Files under entries/ that do not parse (quarantined: listed here, never changed), as of the last listing.
    public func unreadableFiles() -> [EntryFileError] {
        let index = fullIndex()
        if index.refresh(checkFiles: true) { index.write(now: now()) }
        return index.quarantine.values.map(\.error).sorted { $0.path < $1.path }
    }

    func fullIndex() -> EntryIndex {
        if let loadedIndex { return loadedIndex }
        let index = EntryIndex.load(root: url)
        loadedIndex = index
        return index
    }

    // MARK: reading one entry

    /// entries/YYYY/MM/<id>.md for an entry created at `created` (UTC month).
    static func relativePath(for id: EntryID, created: Date) -> String {
        let c = Timestamp.utcComponents(created)
        return String(format: "entries/%04d/%02d/", c.year, c.month) + id.rawValue + ".md"
    }

    /// Where the entry's file is: the index's path, else the place its id's date points to.
    func locate(_ id: EntryID) -> String? {
        if let path = loadedIndex?.path(of: id),
           FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path) { return path }
        if let (y, m) = WorkbookMigration.monthFromID(id.rawValue) {
            let guess = String(format: "entries/%04d/%02d/", y, m) + id.rawValue + ".md"
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(guess).path) { return guess }
        }
        let index = fullIndex()
        index.refresh(checkFiles: false)
        return index.path(of: id)
    }

    /// The full entry read from its file; remembers the bytes' hash so a later `save` can detect outside edits.
    public func entry(_ id: EntryID) throws -> Entry {
        guard id.isSafeFileName else { throw StoreError.invalidID(id: id.rawValue) }
        guard let rel = locate(id) else { throw StoreError.notFound(id: id.rawValue) }
        let data = try AtomicFile.read(url.appendingPathComponent(rel).path)
        let entry = try EntryCodec.decode(data, path: rel).entry
        revisions[entry.id] = ContentHash.of(data)
        return entry
    }

    // MARK: saving

    /// Saves durably. Throws `ConflictError` (writing nothing) when the file changed on disk since this workbook
    /// read or wrote it, or when a file for a new entry's id already exists.
    public func save(_ entry: Entry) throws {
        try requireWritable()
        guard entry.id.isSafeFileName else { throw StoreError.invalidID(id: entry.id.rawValue) }
        let target = Self.relativePath(for: entry.id, created: entry.created)
        let existing = locate(entry.id)
        try checkUnchanged(entry, at: existing ?? target)
        let data = Data(EntryCodec.encode(entry).utf8)
        let index = fullIndex()
        try AtomicFile.makeFolder(url.appendingPathComponent(target).deletingLastPathComponent())
        try AtomicFile.write(data, to: url.appendingPathComponent(target))
        revisions[entry.id] = ContentHash.of(data)
        index.record(entry, at: target)
        if let existing, existing != target {
            unlink(url.appendingPathComponent(existing).path)
            AtomicFile.syncFolder(url.appendingPathComponent(existing).deletingLastPathComponent().path)
            index.remove(existing)
        }
        // The index file is written on close(); after a crash the changed folder stamps make the next start
        // list that folder again, so nothing is missed.
    }

    private func checkUnchanged(_ entry: Entry, at rel: String) throws {
        let path = url.appendingPathComponent(rel).path
        let known = revisions[entry.id]
        guard let data = try? AtomicFile.read(path) else {
            if known != nil {
                throw ConflictError(ours: entry, theirs: nil, theirsText: nil, path: rel)
            }
            return
        }
        if known == ContentHash.of(data) { return }
        let theirs = try? EntryCodec.decode(data, path: rel).entry
        throw ConflictError(ours: entry, theirs: theirs, theirsText: String(decoding: data, as: UTF8.self), path: rel)
    }

    /// Settles a conflict. `.reload` returns the disk version (nil if it was deleted), `.keepBoth` returns our
    /// edit saved under a new id, `.cancel` returns nil and changes nothing.
    @discardableResult
    public func resolve(_ conflict: ConflictError, by choice: ConflictResolution) throws -> Entry? {
        switch choice {
        case .cancel:
            return nil
        case .reload:
            guard conflict.theirsText != nil else {
                revisions[conflict.ours.id] = nil
                return nil
            }
            return try entry(conflict.ours.id)
        case .keepBoth:
            try requireWritable()
            var copy = conflict.ours
            copy.id = freshID(like: copy)
            copy.updated = now()
            try save(copy)
            return copy
        }
    }

    /// A new id for the same kind and creation minute that no file uses yet.
    func freshID(like entry: Entry) -> EntryID {
        while true {
            let id = EntryID.make(kind: entry.kind, at: entry.created)
            let rel = Self.relativePath(for: id, created: entry.created)
            if id != entry.id, !FileManager.default.fileExists(atPath: url.appendingPathComponent(rel).path) {
                return id
            }
        }
    }

    // MARK: delete / restore

    /// Moves the entry to trash/ (restorable). Refuses, like `save`, if the file changed since it was read.
    public func delete(_ id: EntryID) throws {
        try requireWritable()
        guard let rel = locate(id) else { throw StoreError.notFound(id: id.rawValue) }
        if let known = revisions[id], let data = try? AtomicFile.read(url.appendingPathComponent(rel).path),
           ContentHash.of(data) != known {
            let theirs = try? EntryCodec.decode(data, path: rel).entry
            throw ConflictError(ours: theirs ?? Entry(id: id, kind: .note, created: now(), author: ""), theirs: theirs,
                                theirsText: String(decoding: data, as: UTF8.self), path: rel)
        }
        let trashFile = url.appendingPathComponent("trash/\(id.rawValue).md")
        if FileManager.default.fileExists(atPath: trashFile.path) {
            // An older deletion of the same id stays restorable by hand under a dated name.
            let stamp = Timestamp.format(now()).replacingOccurrences(of: ":", with: "")
            try AtomicFile.move(from: trashFile, to: url.appendingPathComponent("trash/\(id.rawValue)~\(stamp).md"))
        }
        try AtomicFile.move(from: url.appendingPathComponent(rel), to: trashFile)
        revisions[id] = nil
        let index = fullIndex()
        index.remove(rel)
    }

    /// Entries in trash/, newest first.
    public func trashed() -> [Entry] {
        readFolder("trash").map(\.entry).sorted { $0.updated > $1.updated }
    }

    /// Moves a deleted entry back to entries/; fails if an entry with that id exists again.
    @discardableResult
    public func restore(_ id: EntryID) throws -> Entry {
        try requireWritable()
        let trashFile = url.appendingPathComponent("trash/\(id.rawValue).md")
        guard FileManager.default.fileExists(atPath: trashFile.path) else { throw StoreError.notFound(id: id.rawValue) }
        let data = try AtomicFile.read(trashFile.path)
        let entry = try EntryCodec.decode(data, path: "trash/\(id.rawValue).md").entry
        if locate(id) != nil { throw StoreError.alreadyExists(path: "entry \(id.rawValue)") }
        let rel = Self.relativePath(for: id, created: entry.created)
        try AtomicFile.move(from: trashFile, to: url.appendingPathComponent(rel))
        revisions[id] = ContentHash.of(data)
        let index = fullIndex()
        index.record(entry, at: rel)
        return entry
    }

    // MARK: drafts

    /// Keeps an unfinished form in drafts/ (written with `draft: true`). Drafts are never in `summaries()`.
    public func saveDraft(_ entry: Entry) throws {
        try requireWritable()
        guard entry.id.isSafeFileName else { throw StoreError.invalidID(id: entry.id.rawValue) }
        try AtomicFile.write(Data(EntryCodec.encode(entry, draft: true).utf8),
                             to: url.appendingPathComponent("drafts/\(entry.id.rawValue).md"))
    }

    public func draft(_ id: EntryID) throws -> Entry {
        guard id.isSafeFileName else { throw StoreError.invalidID(id: id.rawValue) }
        let rel = "drafts/\(id.rawValue).md"
        let path = url.appendingPathComponent(rel).path
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.notFound(id: id.rawValue) }
        return try EntryCodec.decode(AtomicFile.read(path), path: rel).entry
    }

    public func deleteDraft(_ id: EntryID) throws {
        try requireWritable()
        let path = url.appendingPathComponent("drafts/\(id.rawValue).md").path
        if unlink(path) != 0 && errno != ENOENT {
            throw StoreError.writeFailed(path: path, reason: StoreError.sentence(errno: errno))
        }
        AtomicFile.syncFolder(url.appendingPathComponent("drafts").path)
    }

    /// All readable drafts, most recently updated first.
    public func drafts() -> [Entry] {
        readFolder("drafts").map(\.entry).sorted { $0.updated > $1.updated }
    }

    /// Parses every `.md` file directly in a folder; unreadable ones are returned as errors by `diagnose()`.
    func readFolder(_ folder: String) -> [(entry: Entry, path: String)] {
        let dir = url.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let rel = folder + "/" + name
            guard let data = try? AtomicFile.read(dir.appendingPathComponent(name).path),
                  let entry = try? EntryCodec.decode(data, path: rel).entry else { return nil }
            return (entry, rel)
        }
    }
}
