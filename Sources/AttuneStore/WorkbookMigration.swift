import AttuneDomain
import Foundation

/// Upgrades a workbook's layout one schema step at a time, then rewrites the `workbook` file.
/// Each step is safe to re-run after a crash: it only moves files that are still in the old place.
enum WorkbookMigration {
    /// What a step did, for the caller to report.
    struct Report: Equatable {
        var moved: Int = 0
        var skipped: [String] = []
    }

    static func migrate(_ root: URL, manifest: inout WorkbookManifest) throws -> Report {
        var report = Report()
        while manifest.schema < WorkbookManifest.currentSchema {
            switch manifest.schema {
            case 0: try flatEntriesToMonthFolders(root, report: &report)
            default: break
            }
            manifest.schema += 1
            try AtomicFile.write(Data(manifest.encoded().utf8),
                                 to: root.appendingPathComponent(WorkbookManifest.fileName))
        }
        return report
    }

    /// Schema 0 kept every entry flat in entries/<id>.md; schema 1 files them under entries/YYYY/MM/ by the
    /// entry's `created` time (UTC), falling back to the date in the id. Files that cannot be placed stay put.
    static func flatEntriesToMonthFolders(_ root: URL, report: inout Report) throws {
        let entries = root.appendingPathComponent("entries")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: entries.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let file = entries.appendingPathComponent(name)
            let month: (Int, Int)?
            if let data = try? AtomicFile.read(file.path), let decoded = try? EntryCodec.decode(data, path: file.path) {
                let c = Timestamp.utcComponents(decoded.entry.created)
                month = (c.year, c.month)
            } else {
                month = monthFromID(String(name.dropLast(3)))
            }
            guard let (year, mon) = month else {
                report.skipped.append(name)
                continue
            }
            let target = entries.appendingPathComponent(String(format: "%04d/%02d/%@", year, mon, name))
            try AtomicFile.move(from: file, to: target)
            report.moved += 1
        }
    }

    /// `20261122-0302-note-7f3a` → (2026, 11).
    static func monthFromID(_ id: String) -> (Int, Int)? {
        let digits = id.prefix(6)
        guard digits.count == 6, digits.allSatisfy(\.isNumber), let y = Int(digits.prefix(4)),
              let m = Int(digits.suffix(2)), (1...12).contains(m) else { return nil }
        return (y, m)
    }
}
