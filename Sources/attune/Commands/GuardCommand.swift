import ArgumentParser
import AttuneGuard
import Foundation

struct GuardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guard",
        abstract: "Check text for client identifiers before it is written or shared.",
        discussion: """
            Looks for what HIPAA's Safe Harbor list names: personal names, phone and fax numbers, email addresses, \
            street addresses and ZIP codes, full dates, record and account numbers, URLs, IP addresses, ages over 89. \
            Prints LINE:COL  KIND  TEXT  REASON for each hit and exits 1 when there are any (0 when clean).
            Examples:
              attune guard draft.md
              pbpaste | attune guard --allow "Client Blue" --session-date 2026-11-20
            """)

    @Argument(help: "A text file to check; standard input when omitted.")
    var file: String?
    @Option(name: .customLong("allow"), help: "A word or pseudonym that is fine (repeatable), e.g. the client code.")
    var allowed: [String] = []
    @Option(help: "The session date (YYYY-MM-DD), which is not reported as an identifier.")
    var sessionDate: String?
    @Flag(help: "Print a JSON object with every hit.")
    var json = false

    func run() throws {
        try reportingErrors {
            let data: Data
            if let file {
                guard let d = FileManager.default.contents(atPath: file) else {
                    throw CLIError("cannot read \(file): no such file, or not readable")
                }
                data = d
            } else {
                data = FileHandle.standardInput.readDataToEndOfFile()
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIError("\(file ?? "standard input") is not UTF-8 text")
            }
            let guardian = sessionDate.map { IdentifierGuard(allowedTerms: allowed, sessionDate: $0) }
                ?? IdentifierGuard(allowedTerms: allowed)
            let hits = guardian.scan(text)
            if json {
                print(GuardReport.json(hits, file: file))
            } else {
                print(GuardReport.lines(hits), terminator: "")
                if hits.isEmpty { FileHandle.standardError.write(Data("no identifiers found\n".utf8)) }
            }
            if !hits.isEmpty { throw ExitCode(1) }
        }
    }
}
