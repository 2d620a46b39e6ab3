import AttuneDomain
import Foundation

/// One indexed entry file: its summary and the size/mtime it had when parsed. A class so the many lookups of a
/// refresh pass one reference around instead of copying (and retaining) every field of the summary.
final class IndexRecord {
    let summary: EntrySummary
    let stamp: FileStamp

    init(summary: EntrySummary, stamp: FileStamp) {
        self.summary = summary
        self.stamp = stamp
    }
}

/// A file under entries/ that does not parse. Kept out of the entry list, never modified, reported by `problems`.
public struct QuarantinedFile: Equatable, Sendable {
    var stamp: FileStamp
    public var error: EntryFileError
}

/// The derived index of entries/: rebuilt from the files when missing or corrupt, refreshed when stale.
///
/// Staleness: every folder under entries/ is remembered with its mtime. Adding, removing or renaming a file
/// (which is how attune and most editors save) changes its folder's mtime, so only changed folders are listed
/// again and only new or changed files are parsed. In-place edits that keep the folder's mtime are caught by the
/// per-file size/mtime check (`checkFiles`), which costs one stat per entry.
final class EntryIndex {
    static let relativePath = ".attune/index"
    let root: URL
    private(set) var folders: [String: FileStamp] = [:]
    private(set) var records: [String: IndexRecord] = [:]
    private(set) var quarantine: [String: QuarantinedFile] = [:]
    /// True when memory differs from the index file and it should be written.
    private(set) var dirty = false
    private var idToPath: [EntryID: String]?

    /// `root.path + "/"`: hot loops build paths by concatenation (Foundation URL calls cost microseconds each).
    let rootPrefix: String

    init(root: URL) {
        self.root = root
        rootPrefix = root.path + "/"
    }

    var fileURL: URL { root.appendingPathComponent(Self.relativePath) }

    /// Loads the index file; a missing or corrupt file gives an empty index that the next refresh fills.
    static func load(root: URL) -> EntryIndex {
        let index = EntryIndex(root: root)
        guard let bytes = AtomicFile.readBytes(index.fileURL.path) else {
            index.dirty = true
            return index
        }
        do {
            var reader = ByteReader(bytes)
            let header = try IndexCodec.readHeader(&reader)
            let list = try IndexCodec.readRecords(&reader, count: header.entryCount, limit: nil)
            index.folders = header.folders
            index.quarantine = header.quarantine
            index.records.reserveCapacity(list.count)
            for record in list { index.records[record.summary.path] = record }
        } catch {
            index.dirty = true
        }
        return index
    }

    func write(now: Date) {
        let data = IndexCodec.encode(folders: folders, quarantine: quarantine, records: sortedRecords(), now: now)
        // The index is derived: a failed write (read-only workbook, full disk) only costs a rebuild next time.
        if (try? AtomicFile.makeFolder(fileURL.deletingLastPathComponent())) != nil,
           (try? AtomicFile.write(data, to: fileURL, durable: false)) != nil {
            dirty = false
        }
    }

    func sortedRecords() -> [IndexRecord] {
        records.values.sorted { EntrySummary.recentFirst($0.summary, $1.summary) }
    }

    func path(of id: EntryID) -> String? {
        if idToPath == nil {
            var map: [EntryID: String] = [:]
            for (path, record) in records { map[record.summary.id] = path }
            idToPath = map
        }
        return idToPath?[id]
    }

    // MARK: refreshing

    /// Brings the index in line with entries/. Returns true when anything changed.
    @discardableResult
    func refresh(checkFiles: Bool) -> Bool {
        var visited = Set<String>()
        let before = dirty
        dirty = false
        scanFolder("entries", depth: 0, visited: &visited)
        // Without `checkFiles`, only files whose stamp was stored as unknown (written in the last seconds) are checked.
        for path in Array(records.keys) + Array(quarantine.keys) where !visited.contains(path) {
            let known = records[path]?.stamp ?? quarantine[path]?.stamp
            guard checkFiles || (known?.mtimeNs ?? -1) < 0 else { continue }
            let stamp = FileStamp.of(rootPrefix + path)
            if stamp != known || (known?.mtimeNs ?? -1) < 0 { reparse(path, stamp: stamp) }
        }
        let changed = dirty
        dirty = before || changed
        return changed
    }

    private func scanFolder(_ rel: String, depth: Int, visited: inout Set<String>) {
        let abs = rootPrefix + rel
        guard let stamp = FileStamp.of(abs) else {
            forget(under: rel)
            return
        }
        if let known = folders[rel], known == stamp, known.mtimeNs >= 0 {
            for sub in folders.keys where parent(of: sub) == rel {
                scanFolder(sub, depth: depth + 1, visited: &visited)
            }
            return
        }
        dirty = true
        folders[rel] = stamp
        let names = (try? FileManager.default.contentsOfDirectory(atPath: abs)) ?? []
        var present = Set<String>()
        for name in names where !name.hasPrefix(".") {
            let child = rel + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: abs + "/" + name, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                if depth < 2 {
                    present.insert(child)
                    scanFolder(child, depth: depth + 1, visited: &visited)
                }
            } else if name.hasSuffix(".md") {
                present.insert(child)
                visited.insert(child)
                let fileStamp = FileStamp.of(abs + "/" + name)
                let known = records[child]?.stamp ?? quarantine[child]?.stamp
                if fileStamp != known || known?.mtimeNs ?? -1 < 0 { reparse(child, stamp: fileStamp) }
            }
        }
        for sub in Array(folders.keys) where parent(of: sub) == rel && !present.contains(sub) { forget(under: sub) }
        for path in Array(records.keys) + Array(quarantine.keys) where parent(of: path) == rel && !present.contains(path) {
            remove(path)
        }
    }

    /// Parses one file into the index (or quarantine); a vanished file is dropped.
    func reparse(_ rel: String, stamp: FileStamp?) {
        dirty = true
        idToPath = nil
        let abs = rootPrefix + rel
        guard stamp != nil, let data = try? AtomicFile.read(abs) else {
            remove(rel)
            return
        }
        // Stamp taken before reading: if the file changes during the read, the next check sees a newer stamp.
        let fileStamp = stamp ?? .unknown
        do {
            let entry = try EntryCodec.decode(data, path: rel).entry
            records[rel] = IndexRecord(summary: EntrySummary(entry: entry, path: rel), stamp: fileStamp)
            quarantine[rel] = nil
        } catch let error as EntryFileError {
            records[rel] = nil
            quarantine[rel] = QuarantinedFile(stamp: fileStamp, error: error)
        } catch {
            records[rel] = nil
            quarantine[rel] = QuarantinedFile(stamp: fileStamp, error: EntryFileError(
                path: rel, line: 0, column: 0, reason: "\(error)"))
        }
    }

    /// Records an entry attune itself just wrote.
    func record(_ entry: Entry, at rel: String) {
        dirty = true
        idToPath = nil
        let stamp = FileStamp.of(rootPrefix + rel) ?? .unknown
        records[rel] = IndexRecord(summary: EntrySummary(entry: entry, path: rel), stamp: stamp)
        quarantine[rel] = nil
        let folder = parent(of: rel)
        // Our own rename changed the folder; mark it unknown so the next start lists it once more (cheap, safe).
        if folders[folder] != nil { folders[folder] = .unknown }
    }

    func remove(_ rel: String) {
        if records.removeValue(forKey: rel) != nil || quarantine.removeValue(forKey: rel) != nil {
            dirty = true
            idToPath = nil
        }
        let folder = parent(of: rel)
        if folders[folder] != nil { folders[folder] = .unknown }
    }

    private func forget(under rel: String) {
        dirty = true
        idToPath = nil
        let prefix = rel + "/"
        for key in Array(folders.keys) where key == rel || key.hasPrefix(prefix) { folders[key] = nil }
        for key in Array(records.keys) where key.hasPrefix(prefix) { records[key] = nil }
        for key in Array(quarantine.keys) where key.hasPrefix(prefix) { quarantine[key] = nil }
    }

    private func parent(of rel: String) -> String {
        guard let slash = rel.lastIndex(of: "/") else { return "" }
        return String(rel[..<slash])
    }
}
