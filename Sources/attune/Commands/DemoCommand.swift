import ArgumentParser
import AttuneDomain
import AttuneStore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill a workbook with synthetic entries of every kind, for trying Attune and for benchmarks.",
        discussion: """
            Everything it writes is invented (case codes, dates, text). Creates the workbook if there is none.
            Example: attune --workbook /tmp/try demo --entries 300 --seed 7
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many entries to add.")
    var entries: Int = 200
    @Option(help: "Seed for the generator: the same seed makes the same entries.")
    var seed: UInt64 = 1

    func run() throws {
        try reportingErrors {
            guard entries >= 0, entries <= 1_000_000 else { throw CLIError("--entries must be between 0 and 1000000") }
            let url = global.workbookURL
            let wb: Workbook
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("workbook").path) {
                wb = try global.open(.readWrite)
            } else {
                do { wb = try Workbook.create(at: url, role: .supervisee, name: "Demo Trainee", now: Clock.now) }
                catch { throw CLIError(String(describing: error)) }
            }
            defer { wb.close() }
            let pulse = try? PulseCheckIn.bundled()
            let generator = DemoGenerator(
                seed: seed, author: wb.name, now: Clock.now(), checklist: try loadChecklist(workbookURL: url),
                pulseItemIDs: pulse?.items.map(\.id) ?? [], scorePulse: { pulse?.score(answers: $0) ?? [:] })
            var demo = generator
            demo.instruments = InstrumentKey.bundledIDs.compactMap { try? InstrumentKey.bundled($0) }
            let made = demo.entries(count: entries)
            do { try wb.saveBatch(made) } catch { throw CLIError(String(describing: error)) }
            print("Added \(made.count) synthetic entries to \(url.path)")
        }
    }
}
