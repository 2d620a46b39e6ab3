import ArgumentParser

/// `attune`: the command line. Each subcommand only parses arguments and calls into the library targets.
@main
struct AttuneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attune",
        abstract: "A keyboard-driven workbook for clinical supervision.",
        discussion: """
            Run `attune` with no arguments to open the workbook in the terminal (the first run asks for your role and \
            name and creates the workbook). Everything you write is kept as plain files in the workbook folder: \
            --workbook PATH, else $ATTUNE_WORKBOOK, else $XDG_DATA_HOME/attune, else ~/.local/share/attune.

            Examples:
              attune                                  open the workbook
              attune init --role supervisee --name "A. Lee"
              attune list --kind note --limit 10      the ten latest notes
              attune show 20261122-0302-note-7f3a     one entry as a readable page
              attune export --format md --output workbook.md
              attune demo --entries 200               synthetic entries, to try things
            """,
        version: AttuneVersion.current,
        subcommands: [OpenCommand.self, InitCommand.self, ListCommand.self, ShowCommand.self, DoctorCommand.self,
                      CheckinCommand.self, AssessCommand.self, InstrumentsCommand.self, ScoresCommand.self,
                      DemoCommand.self, RenderCommand.self, ExportCommand.self, GuardCommand.self,
                      PromptsCommand.self, RulesCommand.self]
            + [NewCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

extension AttuneCommand {
    /// `attune --workbook X list` reads naturally, but the parser only knows `--workbook` after the subcommand:
    /// move a leading `--workbook X` behind the subcommand name when one follows.
    static func main() {
        main(Self.reordered(Array(CommandLine.arguments.dropFirst())))
    }

    static func reordered(_ args: [String]) -> [String] {
        var leading: [String] = []
        var rest = args[...]
        while let first = rest.first {
            if first == "--workbook", rest.count >= 2 {
                leading += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--workbook=") {
                leading.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !leading.isEmpty else { return args }
        // Walk down the subcommand names (`rules explain`) so the option lands where it is declared.
        var path: [String] = []
        var command: ParsableCommand.Type = AttuneCommand.self
        while let name = rest.first,
              let sub = command.configuration.subcommands.first(where: { ($0.configuration.commandName ?? $0._commandName) == name }) {
            path.append(name)
            rest = rest.dropFirst()
            command = sub
        }
        guard !path.isEmpty else { return args }
        return path + leading + rest
    }
}

enum AttuneVersion {
    static let current = "0.1.0"
}
