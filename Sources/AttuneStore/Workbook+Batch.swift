import AttuneDomain
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Workbook {
    /// Saves many new entries at once (demo workbooks, imports): each file is still written to a temp file and
    /// renamed, but the folders are fsynced once at the end and the index is written once, not per entry.
    /// Refuses ids that already have a file, writing nothing for them.
    public func saveBatch(_ entries: [Entry]) throws {
        try requireWritable()
        let index = fullIndex()
        var folders = Set<String>()
        for entry in entries {
            guard entry.id.isSafeFileName else { throw StoreError.invalidID(id: entry.id.rawValue) }
            let rel = Self.relativePath(for: entry.id, created: entry.created)
            let target = url.appendingPathComponent(rel)
            if FileManager.default.fileExists(atPath: target.path) || index.path(of: entry.id) != nil {
                throw StoreError.alreadyExists(path: rel)
            }
            let folder = target.deletingLastPathComponent()
            if folders.insert(folder.path).inserted { try AtomicFile.makeFolder(folder) }
            try AtomicFile.write(Data(EntryCodec.encode(entry).utf8), to: target, durable: false)
            index.record(entry, at: rel)
        }
        // One sync of the data and of each folder makes the whole batch durable before the index names it.
        sync()
        for folder in folders { AtomicFile.syncFolder(folder) }
        index.write(now: now())
    }
}
