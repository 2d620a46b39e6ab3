import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Durable, all-or-nothing file writes: temp file in the same folder, write, fsync, rename over the target,
/// fsync the folder. A crash at any point leaves either the old bytes or the new bytes, never a mix.
enum AtomicFile {
    static let fileMode: mode_t = 0o600
    static let folderMode: mode_t = 0o700
    /// Temp files start with this so doctor can find strays left by a crash.
    static let tempPrefix = ".attune-tmp-"

    static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        let folder = url.deletingLastPathComponent()
        let tempPath = folder.appendingPathComponent(
            "\(tempPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))-\(url.lastPathComponent)").path
        let target = url.path
        func failure(_ code: Int32) -> StoreError {
            .writeFailed(path: target, reason: StoreError.sentence(errno: code))
        }
        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        if fd < 0 { throw failure(errno) }
        var ok = false
        defer { if !ok { unlink(tempPath) } }
        do {
            defer { close(fd) }
            try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw failure(errno)
                    }
                    offset += n
                }
            }
            if durable && fsync(fd) != 0 { throw failure(errno) }
        }
        if rename(tempPath, target) != 0 { throw failure(errno) }
        ok = true
        if durable { syncFolder(folder.path) }
    }

    /// Makes the rename itself durable. Failure here is not reported: the data is already in place.
    static func syncFolder(_ path: String) {
        let dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

    /// Creates a folder (and parents) with 0700.
    static func makeFolder(_ url: URL) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw StoreError.writeFailed(path: url.path, reason: "a file is in the way of this folder")
        }
        try makeFolder(url.deletingLastPathComponent())
        if mkdir(url.path, folderMode) != 0 && errno != EEXIST {
            throw StoreError.writeFailed(path: url.path, reason: StoreError.sentence(errno: errno))
        }
        chmod(url.path, folderMode)
    }

    /// Moves a file durably within the workbook (same file system), syncing both folders.
    static func move(from: URL, to: URL) throws {
        try makeFolder(to.deletingLastPathComponent())
        if rename(from.path, to.path) != 0 {
            throw StoreError.writeFailed(path: to.path, reason: StoreError.sentence(errno: errno))
        }
        syncFolder(from.deletingLastPathComponent().path)
        syncFolder(to.deletingLastPathComponent().path)
    }

    /// A whole file as bytes, sized from fstat (the index reader wants `[UInt8]`, not a `Data` copy).
    static func readBytes(_ path: String) -> [UInt8]? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        guard let prefix = readPrefix(path, maxBytes: Int(st.st_size)) else { return nil }
        return prefix.complete ? prefix.bytes : (try? read(path)).map { [UInt8]($0) }
    }

    /// The first `maxBytes` of a file, and whether that was all of it.
    static func readPrefix(_ path: String, maxBytes: Int) -> (bytes: [UInt8], complete: Bool)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: maxBytes + 1)
        var total = 0
        while total < buffer.count {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, $0.count - total) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            total += n
        }
        let complete = total <= maxBytes
        buffer.removeSubrange(min(total, maxBytes)...)
        return (buffer, complete)
    }

    /// Reads a whole file with plain POSIX calls (Foundation's readers are slower for many small files).
    static func read(_ path: String) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw StoreError.readFailed(path: path, reason: StoreError.sentence(errno: errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreError.readFailed(path: path, reason: StoreError.sentence(errno: errno)) }
        var data = Data(count: Int(st.st_size))
        var total = 0
        let capacity = data.count
        let failed: Int32? = data.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) -> Int32? in
            while total < capacity {
                let n = Glibc.read(fd, raw.baseAddress! + total, capacity - total)
                if n < 0 { if errno == EINTR { continue }; return errno }
                if n == 0 { break }
                total += n
            }
            return nil
        }
        if let failed { throw StoreError.readFailed(path: path, reason: StoreError.sentence(errno: failed)) }
        if total < capacity { data.removeSubrange(total..<capacity) }
        // A file that grew while reading: take the rest too.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = Glibc.read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        return data
    }
}
