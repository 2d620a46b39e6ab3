import ArgumentParser
import AttuneApp
import AttuneDomain
import Foundation

struct ScoresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: "Print check-in and assessment scores over time, for scripts and spreadsheets.",
        discussion: """
            Oldest first. --json prints an array of {instrument, id, created, scores}; --csv prints one row per \
            score (created,instrument,dimension,score,id), empty when a scale was not scored.
            Examples: attune scores --instrument cbi --csv > cbi.csv · attune scores --since 2026-01-01 --json
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this instrument: \(ScoreHistory.instrumentIDs.joined(separator: ", ")).")
    var instrument: String?
    @Option(help: "Only scores saved on or after this date (YYYY-MM-DD).")
    var since: String?
    @Flag(help: "Print JSON.")
    var json = false
    @Flag(help: "Print CSV.")
    var csv = false

    func run() throws {
        try reportingErrors {
            if json && csv { throw CLIError("choose one of --json and --csv") }
            let sinceDate = try parseDate(since, option: "--since")
            let ids: [String]
            if let instrument {
                guard ScoreHistory.instrumentIDs.contains(instrument.lowercased()) else {
                    throw CLIError("--instrument takes one of \(ScoreHistory.instrumentIDs.joined(separator: ", ")), not “\(instrument)”")
                }
                ids = [instrument.lowercased()]
            } else {
                ids = ScoreHistory.instrumentIDs
            }
            let wb = try global.open(.readOnly)
            defer { wb.close() }
            let entries = wb.summaries().map(\.partialEntry)
            let histories: [ScoreHistory]
            do { histories = try ids.map { try ScoreHistory.build(instrument: $0, entries: entries, since: sinceDate) } } catch {
                throw CLIError(String(describing: error))
            }
            if json {
                FileHandle.standardOutput.write(ScoresReport.json(histories))
                print()
            } else if csv {
                print(ScoresReport.csv(histories), terminator: "")
            } else {
                print(ScoresReport.text(histories), terminator: "")
            }
        }
    }
}
