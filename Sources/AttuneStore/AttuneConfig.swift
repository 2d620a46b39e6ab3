import Foundation

/// User settings from a commented plain-text file (`key = value`, `#` comments). Unknown keys and bad values are
/// reported with their line number and ignored; the defaults stand in.
public struct AttuneConfig: Equatable, Sendable {
    public enum Theme: String, Sendable, CaseIterable { case auto, color, mono }

    /// A line of the config file that was ignored, and why.
    public struct Issue: Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "config line \(line): \(message)" }
    }

    public var checkinCadenceDays = 7
    public var supervisionCadenceDays = 7
    public var theme = Theme.auto
    /// Overrides $EDITOR when set.
    public var editor: String?
    /// `bind = F2 ^S`: pressing the first key acts as the second (names as the help shows them).
    public struct KeyBinding: Equatable, Sendable {
        public let from: String
        public let to: String
        public let line: Int
    }
    public var bindings: [KeyBinding] = []

    public init() {}

    public static let defaultText = """
        # Attune settings. Lines are `key = value`; `#` starts a comment. Delete this file to get the defaults back.

        # Days between burnout pulse check-ins before Attune suggests the next one.
        checkin_cadence_days = 7

        # Days between supervision sessions before Attune reminds you.
        supervision_cadence_days = 7

        # Colours: auto (follow the terminal and NO_COLOR), color, or mono.
        theme = auto

        # Editor for long text; leave commented to use $EDITOR.
        # editor = nano

        # Extra keys: `bind = NEW EXISTING` makes NEW act as EXISTING everywhere (one per line). Names as the
        # help shows them: a letter, ^S, F2, Esc, Enter, Tab, S-Tab, Up, Down, Left, Right, PgUp, PgDn, Home, End.
        # bind = F2 ^S

        """

    /// Parses config text. Never throws: problems come back as issues.
    public static func parse(_ text: String) -> (config: AttuneConfig, issues: [Issue]) {
        var config = AttuneConfig()
        var issues: [Issue] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let n = i + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let eq = line.firstIndex(of: "=") else {
                issues.append(Issue(line: n, message: "expected `key = value`, found \"\(line)\""))
                continue
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            func days() -> Int? {
                guard let d = Int(value), (1...365).contains(d) else {
                    issues.append(Issue(line: n, message: "\(key) must be a whole number of days from 1 to 365, not \"\(value)\""))
                    return nil
                }
                return d
            }
            switch key {
            case "checkin_cadence_days": if let d = days() { config.checkinCadenceDays = d }
            case "supervision_cadence_days": if let d = days() { config.supervisionCadenceDays = d }
            case "theme":
                if let t = Theme(rawValue: value) { config.theme = t } else {
                    issues.append(Issue(line: n, message: "theme must be auto, color or mono, not \"\(value)\""))
                }
            case "editor":
                if value.isEmpty { issues.append(Issue(line: n, message: "editor is empty")) } else { config.editor = value }
            case "bind":
                let parts = value.split(separator: " ", omittingEmptySubsequences: true)
                if parts.count == 2 {
                    config.bindings.append(KeyBinding(from: String(parts[0]), to: String(parts[1]), line: n))
                } else {
                    issues.append(Issue(line: n, message: "bind takes two key names, e.g. `bind = F2 ^S`, not \"\(value)\""))
                }
            default:
                issues.append(Issue(line: n, message: "unknown setting \"\(key)\""))
            }
        }
        return (config, issues)
    }

    /// Reads the config file, writing the commented default first when it is missing. A file that cannot be
    /// read or written gives the defaults plus an issue (line 0) rather than an error.
    public static func load(environment: [String: String]) -> (config: AttuneConfig, issues: [Issue], url: URL) {
        let url = WorkbookLocation.configFile(environment: environment)
        if !FileManager.default.fileExists(atPath: url.path) {
            do {
                try AtomicFile.makeFolder(url.deletingLastPathComponent())
                try AtomicFile.write(Data(defaultText.utf8), to: url)
            } catch {
                return (AttuneConfig(), [Issue(line: 0, message: "could not write the default config: \(error)")], url)
            }
        }
        guard let data = try? AtomicFile.read(url.path), let text = String(data: data, encoding: .utf8) else {
            return (AttuneConfig(), [Issue(line: 0, message: "could not read \(url.path) as UTF-8 text")], url)
        }
        let parsed = parse(text)
        return (parsed.config, parsed.issues, url)
    }

    /// The editor command to run: the config's, else $VISUAL, else $EDITOR, else vi.
    public func editorCommand(environment: [String: String]) -> String {
        editor ?? environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
    }
}
