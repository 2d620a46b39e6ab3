import ArgumentParser
import AttuneApp
import AttuneDomain
import AttuneStore
import Foundation

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Run a validated instrument (cbi, proqol5) whose wording you imported, or score a paper form.",
        discussion: """
            Without --answers the instrument runs on screen with the same keys as the check-in; import its wording \
            first (`attune instruments import`). With --answers, a form filled on paper is scored and saved without \
            a screen: one answer per item in published order, as the form codes it (CBI 100/75/50/25/0, \
            ProQOL 1-5), an empty place for an unanswered item.
            Example: attune assess cbi --answers "100,75,,50,25,0,50,50,75,25,50,50,0,25,25,50,0,25,50"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The instrument: \(InstrumentKey.bundledIDs.joined(separator: ", ")).")
    var instrument: String
    @Option(help: ArgumentHelp("Answers from a paper form, comma-separated in published order.", valueName: "list"))
    var answers: String?

    func run() throws {
        try reportingErrors {
            let id = instrument.lowercased()
            let key: InstrumentKey
            do { key = try InstrumentKey.bundled(id) } catch { throw CLIError(String(describing: error)) }
            guard let answers else {
                try TUILauncher.run(global: global, exitWhenRootCloses: true) { ctx in
                    QuestionnaireScreen.assessment(id, ctx: ctx)
                }
                return
            }
            let parsed: [Int?]
            do { parsed = try key.parseAnswers(answers) } catch { throw CLIError(String(describing: error)) }
            let wb = try global.open(.readWrite)
            defer { wb.close() }
            let now = Clock.now()
            let entry = QuestionnaireRecord.assessment(key, answers: parsed, id: EntryID.make(kind: .assessment, at: now),
                                                       created: now, author: wb.name)
            do { try wb.save(entry) } catch { throw CLIError("not saved: \(error)") }
            let wording = (1...key.itemCount).map { "Item \($0)" }
            print(QuestionnaireResultScreen.plainText(entry: entry, questionnaire: .instrument(key, wording: wording),
                                                      entries: wb.summaries().map(\.partialEntry)), terminator: "")
            print("Saved as \(entry.id.rawValue).")
        }
    }
}
