import ArgumentParser
import AttuneApp

struct CheckinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Answer the burnout pulse check-in, see the result and the change since the last one.",
        discussion: """
            Opens straight on the check-in: a digit answers each item and moves on, Enter on the last item saves \
            and shows the result, any key then exits. Esc keeps a draft that the next run offers to resume. \
            The pulse is Attune's own self-reflection prompt, not a validated measure.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            try TUILauncher.run(global: global, exitWhenRootCloses: true) { ctx in QuestionnaireScreen.pulse(ctx: ctx) }
        }
    }
}
