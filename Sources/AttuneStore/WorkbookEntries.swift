import AttuneDomain
import Foundation

extension Workbook {
    /// Every entry read in full from its file (for export), recent first. Files that no longer parse are skipped
    /// and returned in `unreadable`; nothing is changed on disk.
    public func allEntries() -> (entries: [Entry], unreadable: [EntryFileError]) {
        var entries: [Entry] = []
        var unreadable: [EntryFileError] = []
        let prefix = url.path + "/"
        for summary in summaries() {
            do {
                let data = try AtomicFile.read(prefix + summary.path)
                entries.append(try EntryCodec.decode(data, path: summary.path).entry)
            } catch let error as EntryFileError {
                unreadable.append(error)
            } catch {
                unreadable.append(EntryFileError(path: summary.path, line: 0, column: 0, reason: "\(error)"))
            }
        }
        return (entries, unreadable + unreadableFiles())
    }
}
