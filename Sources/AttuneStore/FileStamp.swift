import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Size and modification time of a file or folder, to notice changes without reading contents.
struct FileStamp: Equatable, Sendable {
    var size: Int64
    /// Nanoseconds since 1970.
    var mtimeNs: Int64

    static let unknown = FileStamp(size: -1, mtimeNs: -1)

    static func of(_ path: String) -> FileStamp? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return FileStamp(size: Int64(st.st_size),
                         mtimeNs: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    /// True when the change time is so close to `now` that a further write in the same clock tick could keep the
    /// same stamp ("racily clean", as git calls it). Such stamps are not trusted next time.
    func isRacy(now: Date) -> Bool {
        let nowNs = Int64(now.timeIntervalSince1970 * 1_000_000_000)
        return nowNs - mtimeNs < 2_000_000_000
    }
}

/// FNV-1a 64-bit over the file's bytes: cheap change detection (not a security hash).
enum ContentHash {
    static func of(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { raw in
            for byte in raw {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }
}

extension FileStamp {
    /// Permission bits of a path, nil when it cannot be read.
    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return st.st_mode & 0o777
    }
}
