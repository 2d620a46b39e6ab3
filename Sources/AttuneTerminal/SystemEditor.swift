#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AttuneTUI
import CNcursesw

/// Why an external edit failed, worded for the status line.
public enum EditorError: Error, Hashable, Sendable, CustomStringConvertible {
    case cannotCreateTemporaryFile(String)
    case cannotStart(command: String, reason: String)
    case failed(command: String, status: Int32)
    case cannotReadBack(String)

    public var description: String {
        switch self {
        case .cannotCreateTemporaryFile(let why): return "Could not create a private temporary file for the editor: \(why)."
        case .cannotStart(let command, let why): return "Could not start the editor \"\(command)\": \(why)."
        case .failed(let command, let status): return "The editor \"\(command)\" exited with status \(status); the text was not changed."
        case .cannotReadBack(let why): return "Could not read the edited text back: \(why)."
        }
    }
}

/// Runs $VISUAL, else $EDITOR, else `vi` on a private temporary file, as `git commit` does: the command goes
/// through `/bin/sh` (so "code --wait" works) with the file as its argument. The file lives in a fresh 0700
/// directory, is created 0600, and is deleted with its directory afterwards whatever happens.
public struct SystemEditor: ExternalEditor {
    public let command: String
    public let temporaryDirectory: String

    /// - Parameter environment: where VISUAL, EDITOR and TMPDIR are read (the process environment by default).
    public init(environment: [String: String] = SystemEditor.processEnvironment()) {
        let chosen = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }
            .first { $0.contains { !$0.isWhitespace } }
        command = chosen ?? "vi"
        temporaryDirectory = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    }

    public func edit(_ request: EditRequest) throws -> String? {
        let directory = try makePrivateDirectory()
        defer { rmdir(directory) }
        let path = directory + "/" + Self.fileName(for: request)
        try write(request.text, to: path)
        defer { unlink(path) }
        let status = try runEditor(on: path)
        guard status == 0 else { throw EditorError.failed(command: command, status: status) }
        return try read(path)
    }

    static func fileName(for request: EditRequest) -> String {
        let safe = request.id.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" ? Character($0) : "_" }
        let suffix = request.fileSuffix.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "." || $0.properties.isAlphabetic) }
            ? request.fileSuffix : ".txt"
        return "attune-" + String(safe.prefix(60)) + suffix
    }

    private func makePrivateDirectory() throws -> String {
        var template = Array((temporaryDirectory + "/attune-edit-XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {  // mkdtemp: 0700
            throw EditorError.cannotCreateTemporaryFile(String(cString: strerror(errno)))
        }
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    private func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw EditorError.cannotCreateTemporaryFile(String(cString: strerror(errno))) }
        defer { close(fd) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw EditorError.cannotCreateTemporaryFile(String(cString: strerror(errno))) }
            bytes = bytes.dropFirst(n)
        }
    }

    private func read(_ path: String) throws -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)  // the editor may have replaced the file: open it by name again
        guard fd >= 0 else { throw EditorError.cannotReadBack(String(cString: strerror(errno))) }
        defer { close(fd) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw EditorError.cannotReadBack(String(cString: strerror(errno))) }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Spawns `/bin/sh -c '<command> "$@"' sh <path>` in the foreground and waits; Ctrl-C and Ctrl-\ go to the
    /// editor with their default meaning even though this process ignores them meanwhile.
    private func runEditor(on path: String) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGQUIT, SIGTSTP, SIGTERM, SIGHUP, SIGCONT, SIGWINCH] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let arguments = ["/bin/sh", "-c", command + " \"$@\"", "sh", path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var envp: [UnsafeMutablePointer<CChar>?] = SystemEditor.processEnvironment().map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, &argv, &envp)
        guard spawned == 0 else { throw EditorError.cannotStart(command: command, reason: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw EditorError.cannotStart(command: command, reason: String(cString: strerror(errno))) }
        }
        // WIFEXITED / WEXITSTATUS, spelled out because the C macros do not import.
        let exited = status & 0x7F == 0
        return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// The environment of this process, read through libc (Foundation is not needed for this).
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = attune_environ()
        while let entry = pointer?.pointee {
            let pair = String(cString: entry)
            if let eq = pair.firstIndex(of: "=") {
                result[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            pointer = pointer?.advanced(by: 1)
        }
        return result
    }
}
