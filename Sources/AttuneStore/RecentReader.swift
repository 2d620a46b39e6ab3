import Foundation

/// The fast path behind `Workbook.recent(limit:)`: trusts the index file only if no folder under entries/
/// changed and the files it is about to show still have their recorded size and mtime; otherwise returns nil and
/// the caller takes the full path (refresh, rewrite the index).
enum RecentReader {
    /// Bytes read first: enough for the folder list and dozens of records, whatever the workbook's size.
    static let headBytes = 256 * 1024

    static func read(root: URL, limit: Int) -> [EntrySummary]? {
        let path = root.appendingPathComponent(EntryIndex.relativePath).path
        guard let head = AtomicFile.readPrefix(path, maxBytes: headBytes) else { return nil }
        if let result = read(root: root, bytes: head.bytes, limit: limit) { return result }
        // The head was too short (huge folder list or limit): read the whole index once.
        guard !head.complete, let whole = try? AtomicFile.read(path) else { return nil }
        return read(root: root, bytes: [UInt8](whole), limit: limit)
    }

    private static func read(root: URL, bytes: [UInt8], limit: Int) -> [EntrySummary]? {
        let rootPrefix = root.path + "/"
        do {
            var reader = ByteReader(bytes)
            let header = try IndexCodec.readHeader(&reader)
            guard !header.folders.isEmpty else { return nil }
            for (rel, stamp) in header.folders {
                guard stamp.mtimeNs >= 0, FileStamp.of(rootPrefix + rel) == stamp else {
                    return nil
                }
            }
            let records = try IndexCodec.readRecords(&reader, count: header.entryCount, limit: limit)
            for record in records {
                guard record.stamp.mtimeNs >= 0,
                      FileStamp.of(rootPrefix + record.summary.path) == record.stamp else {
                    return nil
                }
            }
            return records.map(\.summary)
        } catch {
            return nil
        }
    }
}
