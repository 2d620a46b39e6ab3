import AttuneDomain
import Foundation

/// Saving would overwrite a file that changed on disk since attune read it (an outside editor, a sync tool).
/// Nothing was written. Resolve with `Workbook.resolve(_:by:)`.
public struct ConflictError: Error, Sendable, CustomStringConvertible {
    /// The version attune was about to save.
    public let ours: Entry
    /// The version now on disk; nil when the file was deleted or no longer parses (see `theirsText`).
    public let theirs: Entry?
    /// The raw text on disk, nil when the file is gone.
    public let theirsText: String?
    /// Path relative to the workbook.
    public let path: String

    public var description: String {
        let what = theirsText == nil ? "was deleted outside attune" : "was changed outside attune"
        return "\(path) \(what) since it was opened — reload it, keep both, or cancel"
    }
}

/// How to settle a `ConflictError`.
public enum ConflictResolution: Sendable {
    /// Drop our edit and take the version on disk.
    case reload
    /// Save our edit as a new entry with a new id and keep the disk version as it is.
    case keepBoth
    /// Do nothing; our edit stays in memory with the caller.
    case cancel
}
