import AttuneDomain
import Foundation

/// Binary layout of `.attune/index` (little-endian):
/// magic `ATTIDX` + version byte; folders (path, mtime, files); quarantined files; entry records, each prefixed by
/// its byte length so a reader can stop after the first N (records are stored recent-first); trailer `ATTEND`.
/// Any inconsistency throws `Corrupt`, and the caller rebuilds from the files.
enum IndexCodec {
    static let magic = Array("ATTIDX".utf8) + [2]
    static let trailer = Array("ATTEND".utf8)

    struct Corrupt: Error {}

    struct Header {
        var folders: [String: FileStamp]
        var quarantine: [String: QuarantinedFile]
        var entryCount: Int
        /// Byte offset of the first entry record.
        var entriesOffset: Int
    }

    // MARK: writing

    static func encode(folders: [String: FileStamp], quarantine: [String: QuarantinedFile],
                       records: [IndexRecord], now: Date) -> Data {
        var w = ByteWriter()
        w.bytes(magic)
        w.u32(folders.count)
        for (path, stamp) in folders.sorted(by: { $0.key < $1.key }) {
            w.string(path)
            // A stamp from the last couple of seconds may hide a later change in the same tick: store it as unknown.
            w.i64(stamp.isRacy(now: now) ? -1 : stamp.mtimeNs)
            w.i64(stamp.size)
        }
        w.u32(quarantine.count)
        for (path, q) in quarantine.sorted(by: { $0.key < $1.key }) {
            w.string(path)
            w.i64(q.stamp.isRacy(now: now) ? -1 : q.stamp.mtimeNs)
            w.i64(q.stamp.size)
            w.u32(q.error.line)
            w.u32(q.error.column)
            w.string(q.error.reason)
        }
        w.u32(records.count)
        for record in records {
            var r = ByteWriter()
            let s = record.summary
            r.string(s.path)
            r.i64(record.stamp.isRacy(now: now) ? -1 : record.stamp.mtimeNs)
            r.i64(record.stamp.size)
            r.string(s.id.rawValue)
            r.string(s.kind.rawValue)
            r.f64(s.created.timeIntervalSince1970)
            r.f64(s.updated.timeIntervalSince1970)
            r.string(s.author)
            r.u8(s.shared ? 1 : 0)
            r.u32(s.tags.count)
            for t in s.tags { r.string(t) }
            r.value(.map(s.fields))
            r.string(s.firstLine)
            w.u32(r.data.count)
            w.bytes(r.data)
        }
        w.bytes(trailer)
        return Data(w.data)
    }

    // MARK: reading

    static func readHeader(_ r: inout ByteReader) throws -> Header {
        guard try r.bytes(magic.count) == magic else { throw Corrupt() }
        var folders: [String: FileStamp] = [:]
        for _ in 0..<(try r.count()) {
            let path = try r.string()
            let mtime = try r.i64()
            folders[path] = FileStamp(size: try r.i64(), mtimeNs: mtime)
        }
        var quarantine: [String: QuarantinedFile] = [:]
        for _ in 0..<(try r.count()) {
            let path = try r.string()
            let mtime = try r.i64()
            let stamp = FileStamp(size: try r.i64(), mtimeNs: mtime)
            let line = Int(try r.u32()), column = Int(try r.u32())
            let error = EntryFileError(path: path, line: line, column: column, reason: try r.string())
            quarantine[path] = QuarantinedFile(stamp: stamp, error: error)
        }
        let count = try r.count()
        return Header(folders: folders, quarantine: quarantine, entryCount: count, entriesOffset: r.offset)
    }

    /// Reads up to `limit` records from the reader's position (nil: all), checking the trailer when reading all.
    static func readRecords(_ r: inout ByteReader, count: Int, limit: Int?) throws -> [IndexRecord] {
        var records: [IndexRecord] = []
        let wanted = min(count, limit ?? count)
        records.reserveCapacity(wanted)
        for _ in 0..<wanted {
            let length = try r.count()
            let end = r.offset + length
            records.append(try readRecord(&r))
            guard r.offset == end else { throw Corrupt() }
        }
        if wanted == count { guard try r.bytes(trailer.count) == trailer, r.atEnd else { throw Corrupt() } }
        return records
    }

    private static func readRecord(_ r: inout ByteReader) throws -> IndexRecord {
        let path = try r.string()
        let mtime = try r.i64()
        let stamp = FileStamp(size: try r.i64(), mtimeNs: mtime)
        let id = EntryID(try r.string())
        guard let kind = EntryKind(rawValue: try r.string()) else { throw Corrupt() }
        let created = Date(timeIntervalSince1970: try r.f64())
        let updated = Date(timeIntervalSince1970: try r.f64())
        let author = try r.string()
        let shared = try r.u8() == 1
        var tags: [String] = []
        for _ in 0..<(try r.count()) { tags.append(try r.string()) }
        guard case .map(let fields) = try r.value() else { throw Corrupt() }
        let firstLine = try r.string()
        let summary = EntrySummary(id: id, kind: kind, created: created, updated: updated, author: author,
                                   shared: shared, tags: tags, fields: fields, firstLine: firstLine, path: path)
        return IndexRecord(summary: summary, stamp: stamp)
    }
}
