import ArgumentParser
import AttuneDomain
import AttuneStore
import AttuneTUI
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List entries, newest first.",
        discussion: "Examples: attune list --limit 10 · attune list --kind note --since 2026-01-01 --json · attune list --text \"silence rescue\"")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this kind: \(EntryKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: EntryKind?
    @Option(help: "Only entries created on or after this date (YYYY-MM-DD).")
    var since: String?
    @Option(help: "Only entries whose full text (every field and the body) contains all these words.")
    var text: String?
    @Option(help: "At most this many entries.")
    var limit: Int?
    @Flag(help: "Print a JSON array (id, kind, created, updated, shared, tags, fields) for scripts.")
    var json = false

    func run() throws {
        try reportingErrors {
            let sinceDate = try parseDate(since, option: "--since")
            if let limit, limit < 0 { throw CLIError("--limit must be 0 or more") }
            let wb = try global.open(.readOnly)
            defer { wb.close() }
            var rows: [EntrySummary]
            let matches = text.map { wb.entriesContaining(words: $0.split(separator: " ").map(String.init)) }
            if kind == nil, sinceDate == nil, matches == nil, let limit {
                rows = wb.recent(limit: limit)  // reads only the head of the index
            } else {
                rows = wb.summaries().filter { s in
                    (kind == nil || s.kind == kind) && (sinceDate == nil || s.created >= sinceDate!)
                        && (matches?.contains(s.id) ?? true)
                }
                if let limit { rows = Array(rows.prefix(limit)) }
                let unreadable = wb.unreadableFilesFromLastListing()
                if !unreadable.isEmpty {
                    printError("\(unreadable.count) file(s) could not be read and are not listed; `attune doctor` names them")
                }
            }
            if json {
                FileHandle.standardOutput.write(EntryJSON.data(rows.map(EntryJSON.object)))
                print()
                return
            }
            if rows.isEmpty {
                print("No entries\(kind.map { " of kind \($0.rawValue)" } ?? "")\(since.map { " since \($0)" } ?? "").")
                return
            }
            for s in rows {
                let line = [s.id.rawValue, Timestamp.formatShort(s.created), DisplayWidth.pad(s.kind.rawValue, to: 10),
                            s.shared ? "shared " : "private", s.title].joined(separator: "  ")
                print(line)
            }
        }
    }
}
