import Foundation

/// Errors from the workbook store, each with a sentence that says what happened and what to do.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A write failed; the previous file (if any) is untouched.
    case writeFailed(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case notAWorkbook(path: String)
    case alreadyExists(path: String)
    case badManifest(path: String, reason: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case needsMigration(path: String, found: Int)
    case locked(holder: LockHolder)
    case readOnly
    case notFound(id: String)
    case invalidID(id: String)

    public var description: String {
        switch self {
        case .writeFailed(let path, let reason):
            return "could not save \(path): \(reason). The previous version is unchanged."
        case .readFailed(let path, let reason):
            return "could not read \(path): \(reason)"
        case .notAWorkbook(let path):
            return "\(path) is not an attune workbook (no `workbook` file). Create one with `attune init`."
        case .alreadyExists(let path):
            return "\(path) already holds a workbook; open it instead of creating a new one"
        case .badManifest(let path, let reason):
            return "the workbook file \(path) cannot be read: \(reason)"
        case .newerSchema(let path, let found, let supported):
            return "\(path) was written by a newer attune (schema \(found); this one knows up to \(supported)). Update attune."
        case .needsMigration(let path, let found):
            return "\(path) uses the older schema \(found); open it once without --read-only so attune can upgrade it"
        case .locked(let holder):
            return holder.sentence
        case .readOnly:
            return "the workbook was opened read-only; changes are not allowed"
        case .notFound(let id):
            return "no entry with id \(id)"
        case .invalidID(let id):
            return "'\(id)' is not a valid entry id"
        }
    }

    /// A human sentence for an errno value, with the two cases users meet most spelled out.
    static func sentence(errno code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the disk is read-only"
        case EFBIG: return "the file is larger than allowed"
        case ENOENT: return "the folder does not exist"
        case ENOTDIR: return "a part of the path is not a folder"
        default: return String(cString: strerror(code))
        }
    }
}
