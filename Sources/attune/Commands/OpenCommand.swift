import ArgumentParser

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the workbook in the terminal (the default when no command is given).",
        discussion: "Keys: ? help on every screen, : command line, Esc back, q quit, ^P privacy screen.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors { try TUILauncher.run(global: global) }
    }
}
