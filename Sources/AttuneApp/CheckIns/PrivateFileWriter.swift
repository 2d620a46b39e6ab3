import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// All-or-nothing writes of a private file (0600): a temp file beside the target, fsync, rename, fsync the
/// folder. Mirrors AttuneStore's internal AtomicFile, which the app cannot reach.
enum PrivateFileWriter {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "Could not write \(path): \(reason)" }
    }

    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try makeFolder(folder)
        let temp = folder.appendingPathComponent(".attune-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))-"
            + url.lastPathComponent).path
        func failure() -> Failure { Failure(path: url.path, reason: String(cString: strerror(errno))) }
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure() }
        var renamed = false
        defer { if !renamed { unlink(temp) } }
        do {
            defer { close(fd) }
            try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < raw.count {
                    let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw failure()
                    }
                    offset += n
                }
            }
            guard fsync(fd) == 0 else { throw failure() }
        }
        guard rename(temp, url.path) == 0 else { throw failure() }
        renamed = true
        let dfd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    private static func makeFolder(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(path: url.path, reason: "it is a file, not a folder") }
            return
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
