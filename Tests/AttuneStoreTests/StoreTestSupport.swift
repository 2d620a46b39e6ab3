import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

/// A fresh temporary folder per test, removed afterwards.
func makeTemporaryFolder(_ label: String = "store") throws -> URL {
    let url = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("attune-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A fixed instant used as "now" where a test needs a stable clock: 2026-11-22T03:02:57Z.
let fixedNow = Date(timeIntervalSince1970: 1_795_316_577)

/// Synthetic entries only: pseudonymous case codes, invented text.
enum SyntheticEntries {
    static func note(_ n: Int, created: Date, bodyLength: Int = 400) -> Entry {
        let id = EntryID(String(format: "%@-note-%04x", idStamp(created), n % 0x10000) + (n > 0xFFFF ? "-\(n)" : ""))
        var trigger = Fields()
        trigger["categories"] = .list([.string("client_material"), .string("progress")])
        trigger["text"] = .string("Case C-\(n % 97) spoke about a loss; I noticed I wanted to fix it.")
        var effect = Fields()
        effect["text"] = .string("I talked more than usual.")
        effect["rating"] = .int(-1)
        var fields = Fields()
        fields["client"] = .string("C-\(n % 97)")
        fields["session_date"] = .string(Timestamp.formatDay(created))
        fields["session_number"] = .int(n % 30 + 1)
        fields["trigger"] = .map(trigger)
        fields["reactions"] = .list([.map(["family": .string("helpless"), "intensity": .int(n % 5 + 1)])])
        fields["direction"] = .string(n % 2 == 0 ? "toward" : "away")
        fields["effect"] = .map(effect)
        fields["for_supervision"] = .string(n % 3 == 0 ? "Bring the urge to rescue." : "")
        let sentence = "Synthetic reflection text number \(n) about a made-up session. "
        let body = String(String(repeating: sentence, count: bodyLength / sentence.count + 1).prefix(bodyLength))
        return Entry(id: id, kind: .note, created: created, updated: created, author: "T. Trainee",
                     shared: n % 4 == 0, tags: ["synthetic", "batch-\(n % 10)"], fields: fields, body: body)
    }

    static func idStamp(_ date: Date) -> String {
        let c = Timestamp.utcComponents(date)
        return String(format: "%04d%02d%02d-%02d%02d", c.year, c.month, c.day, c.hour, c.minute)
    }

    /// Writes `count` notes straight to disk (no index), spread one per hour backwards from `fixedNow`.
    static func writeFiles(count: Int, into root: URL) throws {
        for n in 0..<count {
            let entry = note(n, created: fixedNow.addingTimeInterval(Double(-3600 * n)))
            let rel = Workbook.relativePath(for: entry.id, created: entry.created)
            let file = root.appendingPathComponent(rel)
            try AtomicFile.makeFolder(file.deletingLastPathComponent())
            try AtomicFile.write(Data(EntryCodec.encode(entry).utf8), to: file, durable: false)
        }
    }
}

/// Runs this test bundle again as a child process with the given test and environment.
enum ChildProcess {
    static func xctestArguments(test: String) -> (executable: String, arguments: [String]) {
        let binary = CommandLine.arguments[0]
        return (binary, [test])
    }

    static func start(test: String, environment: [String: String]) throws -> (Process, Pipe) {
        let (exe, args) = xctestArguments(test: test)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        return (process, pipe)
    }

    /// Reads the child's stdout until a line containing `marker` appears (or the child ends).
    static func waitForLine(_ pipe: Pipe, containing marker: String, timeout: TimeInterval = 30) -> String? {
        var collected = ""
        let deadline = Date().addingTimeInterval(timeout)
        let handle = pipe.fileHandleForReading
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { return collected.contains(marker) ? collected : nil }
            collected += String(decoding: chunk, as: UTF8.self)
            if collected.contains(marker) { return collected }
        }
        return nil
    }
}
