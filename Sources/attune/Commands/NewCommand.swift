import ArgumentParser
import AttuneApp
import AttuneDomain

/// `attune new note|checklist`: opens the terminal straight on the form and exits once it is saved or left.
struct NewCommand: ParsableCommand {
    static let kinds = ["note", "checklist"]

    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new entry: open its form in the terminal, exit after saving.",
        discussion: """
            Kinds: note (countertransference note), checklist (empathy-barrier checklist).
            ^S saves; Esc leaves and keeps what you typed as a draft, offered the next time.
            Example: attune new note
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("What to write: \(NewCommand.kinds.joined(separator: " or ")).", valueName: "kind"))
    var kind: String

    func validate() throws {
        guard Self.kinds.contains(kind.lowercased()) else {
            throw ValidationError("unknown kind “\(kind)”; choose \(Self.kinds.joined(separator: " or ")).")
        }
    }

    func run() throws {
        let words = ["new", kind.lowercased()]
        try reportingErrors {
            try TUILauncher.run(global: global, exitWhenRootCloses: true) { ctx in
                // `validate` admitted only kinds the factory makes, so this always finds a form.
                ScreenFactory.screen(forCommand: words, ctx: ctx) ?? DashboardScreen(ctx: ctx)
            }
        }
    }
}
