import ArgumentParser
import AttuneApp
import AttuneDomain
import AttuneResources
import AttuneStore
import Foundation

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workbook folder.",
        discussion: "Default: $ATTUNE_WORKBOOK, else $XDG_DATA_HOME/attune, else ~/.local/share/attune.",
        valueName: "path"))
    var workbook: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }
    var workbookURL: URL { WorkbookLocation.resolve(explicit: workbook, environment: environment) }

    /// Opens the workbook, turning "not a workbook" into advice about `attune init`.
    func open(_ mode: Workbook.AccessMode) throws -> Workbook {
        do { return try Workbook.open(at: workbookURL, mode: mode, now: Clock.now) } catch let error as StoreError {
            if case .notAWorkbook = error {
                throw CLIError("no workbook at \(workbookURL.path). Run `attune` to set one up, or `attune init --role supervisee --name \"Your Name\"`.")
            }
            throw CLIError(error.description)
        }
    }

    func config() -> AttuneConfig {
        let loaded = AttuneConfig.load(environment: environment)
        for issue in loaded.issues { printError("\(loaded.url.path): \(issue)") }
        return loaded.config
    }
}

/// The clock, overridable for hermetic tests and demos with ATTUNE_NOW=2026-11-22T10:00:00Z.
enum Clock {
    static let now: @Sendable () -> Date = {
        if let fixed = ProcessInfo.processInfo.environment["ATTUNE_NOW"], let date = Timestamp.parse(fixed) {
            return { date }
        }
        return { Date() }
    }()
}

/// A failure worth one sentence on stderr and exit status 1.
struct CLIError: Error, CustomStringConvertible {
    let message: String
    let code: Int32
    init(_ message: String, code: Int32 = 1) { self.message = message; self.code = code }
    var description: String { message }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data(("attune: " + text + "\n").utf8))
}

/// Runs a command body, printing our own errors as one sentence and exiting non-zero.
func reportingErrors(_ body: () throws -> Void) throws {
    do { try body() } catch let error as CLIError {
        printError(error.message)
        throw ExitCode(error.code)
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        printError(String(describing: error))
        throw ExitCode(1)
    }
}

/// Reference data every screen needs: the checklist definition (defaults plus the workbook's own lists).
func loadChecklist(workbookURL: URL?) throws -> ChecklistDefinition {
    let source = "Resources/checklists/barriers.yaml"
    let text: String
    do { text = try ResourceLocator.text("checklists/barriers.yaml") } catch { throw CLIError(String(describing: error)) }
    var def = try ChecklistDefinition.parse(text, source: source)
    if let folder = workbookURL?.appendingPathComponent("checklists"),
       let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = folder.appendingPathComponent(name)
            do {
                let extra = try ChecklistDefinition.parse(try String(contentsOf: url, encoding: .utf8), source: url.path)
                try def.merge(extra, source: url.path)
            } catch {
                printError("\(url.path) was skipped: \(error)")
            }
        }
    }
    return def
}

/// `--since 2026-01-31` (or a full timestamp).
func parseDate(_ text: String?, option: String) throws -> Date? {
    guard let text else { return nil }
    guard let date = Timestamp.parse(text) else {
        throw CLIError("\(option) takes a date like 2026-01-31, not “\(text)”")
    }
    return date
}

extension EntryKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
