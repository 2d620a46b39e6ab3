import AttuneDomain
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Something `attune doctor` found wrong in a workbook.
public struct Problem: Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case unparseable, idMismatch, wrongPermissions, strayTempFile, staleLock, missingFolder, duplicateID
    }
    public let kind: Kind
    /// Path relative to the workbook ("" for the workbook itself).
    public let path: String
    public let message: String
    /// True when `fix()` repairs this kind of problem by itself.
    public var isSafelyFixable: Bool { kind != .unparseable && kind != .idMismatch && kind != .duplicateID }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

extension Workbook {
    /// Checks the whole workbook. Reads only; safe while another attune holds the lock.
    public func diagnose() -> [Problem] {
        var problems: [Problem] = []
        let fm = FileManager.default
        for folder in Self.folderNames where !fm.fileExists(atPath: url.appendingPathComponent(folder).path) {
            problems.append(Problem(kind: .missingFolder, path: folder, message: "folder is missing"))
        }
        let lockPath = url.appendingPathComponent(Self.lockPath).path
        if let holder = WorkbookLock.currentHolder(at: lockPath), !holder.isAlive {
            problems.append(Problem(kind: .staleLock, path: Self.lockPath,
                                    message: "lock left by attune pid \(holder.pid), which is no longer running"))
        }
        let index = fullIndex()
        if index.refresh(checkFiles: true) { index.write(now: now()) }
        for q in index.quarantine.values.sorted(by: { $0.error.path < $1.error.path }) {
            problems.append(Problem(kind: .unparseable, path: q.error.path, message: q.error.description))
        }
        var byID: [EntryID: [String]] = [:]
        for record in index.records.values {
            let s = record.summary
            byID[s.id, default: []].append(s.path)
            let expected = Self.relativePath(for: s.id, created: s.created)
            if s.path != expected {
                problems.append(Problem(kind: .idMismatch, path: s.path,
                                        message: "file name or folder does not match id \(s.id) (expected \(expected))"))
            }
        }
        for (id, paths) in byID where paths.count > 1 {
            problems.append(Problem(kind: .duplicateID, path: paths.sorted()[0],
                                    message: "id \(id) is used by \(paths.count) files: \(paths.sorted().joined(separator: ", "))"))
        }
        for folder in ["drafts", "trash"] { problems += unreadable(in: folder) }
        problems += walkProblems()
        return problems.sorted { ($0.kind.rawValue, $0.path) < ($1.kind.rawValue, $1.path) }
    }

    /// Safe repairs only: permissions, stray temp files older than a minute, a stale lock, missing folders and
    /// the index. Never touches entry contents. Returns one sentence per action taken.
    public func fix() throws -> [String] {
        try requireWritable()
        var done: [String] = []
        for problem in diagnose() {
            let path = url.appendingPathComponent(problem.path).path
            switch problem.kind {
            case .missingFolder:
                try AtomicFile.makeFolder(url.appendingPathComponent(problem.path))
                done.append("created missing folder \(problem.path)")
            case .wrongPermissions:
                var isDir: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
                let mode = isDir.boolValue ? AtomicFile.folderMode : AtomicFile.fileMode
                if chmod(path, mode) == 0 { done.append("set \(problem.path) to \(String(mode, radix: 8))") }
            case .strayTempFile:
                guard let stamp = FileStamp.of(path),
                      now().timeIntervalSince1970 - Double(stamp.mtimeNs) / 1e9 > 60 else { continue }
                if unlink(path) == 0 { done.append("removed leftover temporary file \(problem.path)") }
            case .staleLock:
                // Only reachable if the lock changed after open; our own acquire already takes stale locks over.
                if let holder = WorkbookLock.currentHolder(at: path), !holder.isAlive, unlink(path) == 0 {
                    done.append("removed stale lock of pid \(holder.pid)")
                }
            case .unparseable, .idMismatch, .duplicateID:
                continue
            }
        }
        try? FileManager.default.removeItem(at: url.appendingPathComponent(EntryIndex.relativePath))
        let index = EntryIndex.load(root: url)
        index.refresh(checkFiles: true)
        index.write(now: now())
        loadedIndex = index
        done.append("rebuilt the index (\(index.records.count) entries)")
        return done
    }

    private func unreadable(in folder: String) -> [Problem] {
        let dir = url.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().compactMap { name in
            let rel = folder + "/" + name
            do {
                _ = try EntryCodec.decode(AtomicFile.read(dir.appendingPathComponent(name).path), path: rel)
                return nil
            } catch {
                return Problem(kind: .unparseable, path: rel, message: "\(error)")
            }
        }
    }

    /// Permissions (files 0600, folders 0700: nothing for group or others) and leftover temp files.
    private func walkProblems() -> [Problem] {
        var problems: [Problem] = []
        let fm = FileManager.default
        var stack = [""]
        while let rel = stack.popLast() {
            let abs = rel.isEmpty ? url.path : url.appendingPathComponent(rel).path
            for name in ((try? fm.contentsOfDirectory(atPath: abs)) ?? []).sorted() where name != ".git" {
                let childRel = rel.isEmpty ? name : rel + "/" + name
                var st = stat()
                guard lstat(abs + "/" + name, &st) == 0 else { continue }
                let isDir = (st.st_mode & S_IFMT) == S_IFDIR
                if (st.st_mode & S_IFMT) == S_IFLNK { continue }
                if isDir { stack.append(childRel) }
                if name.hasPrefix(AtomicFile.tempPrefix) || isLockLeftover(childRel) {
                    problems.append(Problem(kind: .strayTempFile, path: childRel,
                                            message: "temporary file left by an interrupted save"))
                    continue
                }
                if st.st_mode & 0o077 != 0 {
                    let mode = String(st.st_mode & 0o777, radix: 8)
                    problems.append(Problem(kind: .wrongPermissions, path: childRel,
                                            message: "readable by others (mode \(mode)); should be \(isDir ? "700" : "600")"))
                }
            }
        }
        let rootMode = FileStamp.mode(url.path)
        if let rootMode, rootMode & 0o077 != 0 {
            problems.append(Problem(kind: .wrongPermissions, path: "",
                                    message: "the workbook folder is readable by others (mode \(String(rootMode, radix: 8))); should be 700"))
        }
        return problems
    }

    private func isLockLeftover(_ rel: String) -> Bool {
        rel.hasPrefix(Self.lockPath + ".")
    }
}
