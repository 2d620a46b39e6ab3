import ArgumentParser
import AttuneStore

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the workbook for unreadable files, wrong permissions and other problems.",
        discussion: "Exits 1 when it finds problems. --fix makes only safe repairs (permissions, stray temporary files, a stale lock, the index, missing folders); it never changes or deletes an entry.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Make the safe repairs, then check again.")
    var fix = false

    func run() throws {
        try reportingErrors {
            let wb = try global.open(fix ? .readWrite : .readOnly)
            defer { wb.close() }
            if fix {
                for done in try wb.fix() { print("fixed: \(done)") }
            }
            let problems = wb.diagnose()
            if problems.isEmpty {
                print("No problems found in \(wb.url.path).")
                return
            }
            for p in problems {
                // Parse errors already start with the path; do not say it twice.
                print("\(p.kind.rawValue): " + (p.message.hasPrefix(p.path) ? p.message : p.description))
            }
            let fixable = problems.filter(\.isSafelyFixable).count
            print("\(problems.count) problem(s)." + (fixable > 0 && !fix ? " `attune doctor --fix` can repair \(fixable) of them safely." : ""))
            throw ExitCode(1)
        }
    }
}
