import Foundation

/// Atomic, durable, owner-only file writes for files that live beside entries (imported instrument wording,
/// local state, exports): the same temp-file, fsync, rename, fsync-the-folder path entries use.
public enum PrivateFile {
    public static func write(_ data: Data, to url: URL) throws {
        try AtomicFile.makeFolder(url.deletingLastPathComponent())
        try AtomicFile.write(data, to: url)
    }
}
