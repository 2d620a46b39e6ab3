import ArgumentParser
import AttuneStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workbook without the interactive setup.",
        discussion: "Example: attune init --role supervisee --name \"A. Lee\"")

    @OptionGroup var global: GlobalOptions
    @Option(help: "supervisee (writes notes and check-ins) or supervisor (reviews what is shared).")
    var role: String
    @Option(help: "Your name or initials, shown on entries you write.")
    var name: String

    func run() throws {
        try reportingErrors {
            guard let r = WorkbookRole(rawValue: role.lowercased()) else {
                throw CLIError("--role must be supervisee or supervisor, not “\(role)”")
            }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw CLIError("--name must not be empty") }
            do {
                let wb = try Workbook.create(at: global.workbookURL, role: r, name: trimmed, now: Clock.now)
                wb.close()
            } catch let error as StoreError { throw CLIError(error.description) }
            print("Created a \(r.rawValue) workbook for \(trimmed) at \(global.workbookURL.path)")
        }
    }
}
