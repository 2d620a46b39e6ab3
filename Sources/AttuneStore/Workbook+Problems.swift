import AttuneDomain
import Foundation

extension Workbook {
    /// The unreadable files found by the last listing (`summaries()`), without checking the files again:
    /// what the app announces right after loading, where `unreadableFiles()` would stat every file a second time.
    public func unreadableFilesFromLastListing() -> [EntryFileError] {
        fullIndex().quarantine.values.map(\.error).sorted { $0.path < $1.path }
    }
}
