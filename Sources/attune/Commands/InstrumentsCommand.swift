import ArgumentParser
import AttuneApp
import AttuneDomain
import Foundation

struct InstrumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instruments",
        abstract: "Import the item wording of a validated instrument (CBI, ProQOL 5) and list what is imported.",
        discussion: """
            Attune ships the scoring keys of the CBI and the ProQOL 5 but not their wording. Import the items from \
            your own copy, under the instrument's own terms, as a plain UTF-8 text file: one item per line in \
            published order (blank lines and lines starting with # are skipped). The wording is kept in the \
            workbook as instruments/<key>.txt (readable only by you).
            """,
        subcommands: [ImportInstrumentCommand.self, ListInstrumentsCommand.self],
        defaultSubcommand: ListInstrumentsCommand.self)
}

struct ImportInstrumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Check a wording file against the instrument's key and store it in the workbook.",
        discussion: "Example: attune instruments import cbi ~/Documents/cbi-items.txt")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The instrument: \(InstrumentKey.bundledIDs.joined(separator: ", ")).")
    var instrument: String
    @Argument(help: "A plain text file with one item per line in published order.")
    var file: String

    func run() throws {
        try reportingErrors {
            let wb = try global.open(.readWrite)
            defer { wb.close() }
            let url = URL(fileURLWithPath: (file as NSString).expandingTildeInPath)
            let report: InstrumentWordingImporter.Report
            do {
                report = try InstrumentWordingImporter.importFile(
                    at: url, instrument: instrument, into: InstrumentWordingFolder(workbookURL: wb.url), now: Clock.now())
            } catch let error as WordingImportError {
                throw CLIError(error.description)
            }
            let key = report.key
            print("\(report.items.count) items read; the count matches the \(key.shortName) key.")
            print("")
            print("The key Attune applies:")
            InstrumentKeySummary.lines(key).forEach { print($0) }
            print("")
            print("First item: \(report.items[0])")
            print("Last item:  \(report.items[report.items.count - 1])")
            print("")
            print("Attribution: \(key.attribution)")
            print("Terms: \(key.terms)")
            print("")
            print((report.replaced ? "Replaced the earlier import in " : "Stored in ") + report.storedAt.path
                  + " (readable only by you). Run it with `attune assess \(key.id)`.")
        }
    }
}

struct ListInstrumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Show which instruments can be run and whose wording is imported.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let wb = try global.open(.readOnly)
            defer { wb.close() }
            let folder = InstrumentWordingFolder(workbookURL: wb.url)
            print("pulse     built in       Attune's own check-in (self-reflection, not a validated measure): attune checkin")
            for id in InstrumentKey.bundledIDs {
                let key: InstrumentKey
                do { key = try InstrumentKey.bundled(id) } catch { throw CLIError(String(describing: error)) }
                let name = id.padding(toLength: 10, withPad: " ", startingAt: 0)
                if !folder.isImported(id) {
                    print(name + "not imported   \(key.name): attune instruments import \(id) FILE")
                    continue
                }
                do {
                    _ = try folder.load(key)
                    print(name + "imported       \(key.name), \(key.itemCount) items: attune assess \(id)")
                } catch {
                    print(name + "damaged        \(error)")
                }
            }
        }
    }
}
