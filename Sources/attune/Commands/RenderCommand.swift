import ArgumentParser
import AttuneApp
import AttuneDomain
import AttuneStore
import AttuneTUI
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print a screen as text, without a terminal (for documentation, bug reports and tests).",
        discussion: "Screens: \(ScreenFactory.renderable.joined(separator: ", ")). Uses the workbook if there is one, read-only; otherwise an empty one. Example: attune render dashboard --size 80x24")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The screen to print.")
    var screen: String
    @Option(help: "Width x height in cells.")
    var size: String = "80x24"
    @Option(help: "The entry to show, for `entry` (default: the newest).")
    var id: String?

    func run() throws {
        try reportingErrors {
            let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, (1...1000).contains(parts[0]), (1...1000).contains(parts[1]) else {
                throw CLIError("--size takes WIDTHxHEIGHT, e.g. 80x24, not “\(size)”")
            }
            let size = Size(width: parts[0], height: parts[1])
            let service: WorkbookService
            var wb: Workbook?
            if FileManager.default.fileExists(atPath: global.workbookURL.appendingPathComponent("workbook").path) {
                wb = try global.open(.readOnly)
                service = StoreWorkbookService(workbook: wb!, now: Clock.now)
            } else {
                service = MemoryWorkbookService()
            }
            defer { wb?.close() }
            let ctx = AppContext(workbook: service, now: Clock.now, theme: .mono,
                                 checklist: try loadChecklist(workbookURL: wb?.url), size: size)
            AppWiring.configure(ctx, workbookURL: wb?.url)
            ctx.loadAll()  // a printed screen shows the complete state, not the progressive first frame
            let program: any Program
            do {
                program = try ScreenFactory.renderProgram(named: screen.lowercased(), ctx: ctx, entryID: id.map(EntryID.init))
            } catch let error as ScreenFactory.RenderError {
                throw CLIError(error.description)
            }
            print(program.render(size: size).text)
        }
    }
}
