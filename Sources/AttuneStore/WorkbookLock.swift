import AttuneDomain
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who holds a workbook's write lock, as written in `.attune/lock`.
public struct LockHolder: Equatable, Sendable {
    public var pid: Int32
    public var host: String
    public var since: Date

    /// "workbook is open in attune (pid 1234) since 03:05 — close it first"
    public var sentence: String {
        let c = Timestamp.localComponents(since)
        let time = String(format: "%02d:%02d", c.hour, c.minute)
        let place = host == WorkbookLock.hostName() ? "" : " on \(host)"
        return "workbook is open in attune (pid \(pid)\(place)) since \(time) — close it first"
    }

    var fileText: String { "pid: \(pid)\nhost: \(host)\nsince: \(Timestamp.format(since))\n" }

    static func parse(_ text: String) -> LockHolder? {
        var pid: Int32?, host: String?, since: Date?
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "pid": pid = Int32(value)
            case "host": host = value
            case "since": since = Timestamp.parse(value)
            default: break
            }
        }
        guard let pid, let host else { return nil }
        return LockHolder(pid: pid, host: host, since: since ?? Date(timeIntervalSince1970: 0))
    }

    /// Alive when it is on another host (we cannot tell) or its pid still exists here.
    var isAlive: Bool {
        guard host == WorkbookLock.hostName() else { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}

/// The single-writer lock: `.attune/lock` created exclusively with the holder's pid, host and start time.
/// A lock whose process is gone (same host, pid no longer exists) is stale and taken over.
final class WorkbookLock {
    let path: String
    let holder: LockHolder
    private var released = false

    private init(path: String, holder: LockHolder) {
        self.path = path
        self.holder = holder
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The current holder, if a lock file exists and can be read.
    static func currentHolder(at path: String) -> LockHolder? {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return LockHolder.parse(text)
    }

    static func acquire(at path: String, now: Date) throws -> WorkbookLock {
        let me = LockHolder(pid: getpid(), host: hostName(), since: Date(timeIntervalSince1970: floor(now.timeIntervalSince1970)))
        let bytes = Array(me.fileText.utf8)
        for _ in 0..<3 {
            // Write the full record under a private name, then hard-link it into place: link() fails if the
            // lock exists, so no reader ever sees a half-written lock file.
            let temp = path + ".\(me.pid)-\(UInt32.random(in: 0...UInt32.max))"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, AtomicFile.fileMode)
            if fd < 0 { throw StoreError.writeFailed(path: path, reason: StoreError.sentence(errno: errno)) }
            _ = bytes.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count) }
            fsync(fd)
            close(fd)
            let linked = link(temp, path) == 0
            let linkError = errno
            unlink(temp)
            if linked { return WorkbookLock(path: path, holder: me) }
            guard linkError == EEXIST else {
                throw StoreError.writeFailed(path: path, reason: StoreError.sentence(errno: linkError))
            }
            guard let other = currentHolder(at: path) else {
                // Unreadable or half-gone lock: treat as stale only if it is older than a few seconds.
                if let stamp = FileStamp.of(path), !stamp.isRacy(now: now) { breakStale(at: path, expected: nil) }
                continue
            }
            if other.isAlive { throw StoreError.locked(holder: other) }
            breakStale(at: path, expected: other)
        }
        if let other = currentHolder(at: path) { throw StoreError.locked(holder: other) }
        throw StoreError.writeFailed(path: path, reason: "the lock file keeps changing; another attune is starting")
    }

    /// Removes a stale lock by renaming it aside first, so two processes breaking the same stale lock cannot
    /// delete a fresh lock taken in between: only the one whose rename moved the stale record deletes it.
    private static func breakStale(at path: String, expected: LockHolder?) {
        let aside = path + ".stale-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard rename(path, aside) == 0 else { return }
        if let expected, let moved = currentHolder(at: aside), moved != expected {
            // We moved someone's fresh lock: put it back if the place is still free.
            if link(aside, path) != 0 { /* a third process holds it now; theirs wins */ }
        }
        unlink(aside)
    }

    /// Removes the lock if it is still ours.
    func release() {
        guard !released else { return }
        released = true
        if WorkbookLock.currentHolder(at: path) == holder { unlink(path) }
    }

    deinit { release() }
}
