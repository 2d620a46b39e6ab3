import ArgumentParser
import AttuneApp
import AttuneDomain
import AttuneStore
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one entry as a readable page (or JSON).",
        discussion: "The id is the first column of `attune list`. Example: attune show 20261122-0302-note-7f3a")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The entry's id.")
    var id: String
    @Flag(help: "Print the entry as a JSON object, body included.")
    var json = false

    func run() throws {
        try reportingErrors {
            let wb = try global.open(.readOnly)
            defer { wb.close() }
            let entry: Entry
            do { entry = try wb.entry(EntryID(id)) } catch let error as StoreError {
                throw CLIError(error.description + ". `attune list` shows the ids.")
            }
            if json {
                FileHandle.standardOutput.write(EntryJSON.data(EntryJSON.object(entry)))
                print()
            } else {
                let related = entry.kind == .checkin || entry.kind == .assessment ? wb.summaries().map(\.partialEntry) : []
                print(EntryPage.plainText(for: entry, checklist: try loadChecklist(workbookURL: wb.url), entries: related),
                      terminator: "")
            }
        }
    }
}
