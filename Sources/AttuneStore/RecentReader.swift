import Foundation

/// The fast path behind `Workbook.recent(limit:)`: trusts the index file only if no folder under entries/
/// changed and the files it is about to show still have their recorded size and mtime; otherwise returns nil and
/// the caller takes the full path (refresh, rewrite the index).
enum RecentReader {
    static func read(root: URL, limit: Int) -> [EntrySummary]? {
        guard let data = try? AtomicFile.read(root.appendingPathComponent(EntryIndex.relativePath).path) else {
            return nil
        }
        do {
            var reader = ByteReader([UInt8](data))
            let header = try IndexCodec.readHeader(&reader)
            guard !header.folders.isEmpty else { return nil }
            for (rel, stamp) in header.folders {
                guard stamp.mtimeNs >= 0, FileStamp.of(root.appendingPathComponent(rel).path) == stamp else {
                    return nil
                }
            }
            let records = try IndexCodec.readRecords(&reader, count: header.entryCount, limit: limit)
            for record in records {
                guard record.stamp.mtimeNs >= 0,
                      FileStamp.of(root.appendingPathComponent(record.summary.path).path) == record.stamp else {
                    return nil
                }
            }
            return records.map(\.summary)
        } catch {
            return nil
        }
    }
}
