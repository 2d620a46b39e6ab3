import ArgumentParser
import AttuneDomain
import AttuneStore
import Foundation

extension Exporter.Format: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export entries as Markdown, JSON or CSV (your data is yours to take).",
        discussion: "Example: attune export --format csv --kind checkin --output checkins.csv")

    @OptionGroup var global: GlobalOptions
    @Option(help: "md, json or csv.")
    var format: Exporter.Format = .md
    @Option(help: "Only this kind.")
    var kind: EntryKind?
    @Option(help: "Only entries created on or after this date (YYYY-MM-DD).")
    var since: String?
    @Option(help: "Write to this file (created with owner-only permissions) instead of standard output.")
    var output: String?

    func run() throws {
        try reportingErrors {
            let sinceDate = try parseDate(since, option: "--since")
            let wb = try global.open(.readOnly)
            defer { wb.close() }
            var entries: [Entry] = []
            for s in wb.summaries() where (kind == nil || s.kind == kind) && (sinceDate == nil || s.created >= sinceDate!) {
                do { entries.append(try wb.entry(s.id)) } catch { printError("skipped \(s.path): \(error)") }
            }
            let filter = Exporter.Filter(kinds: kind.map { [$0] }, since: sinceDate)
            let data = Exporter.export(entries, as: format, filter: filter)
            if let output {
                let url = URL(fileURLWithPath: output)
                do { try PrivateFile.write(data, to: url) } catch { throw CLIError("could not write \(output): \(error)") }
                printError("wrote \(entries.count) entries to \(output)")
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
