/// A problem found in a rule or prompt file: where it is and one sentence saying what to change.
public struct RuleDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The rule (or prompt) is left out; the others still run.
        case error
        /// The rule runs, but something looks unintended.
        case warning
    }
    public var file: String
    public var location: SourceLocation
    public var severity: Severity
    public var message: String

    public init(file: String, location: SourceLocation, severity: Severity = .error, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.message = message
    }

    public var line: Int { location.line }
    public var column: Int { location.column }

    /// `rules/mine.rules:4:12: error: …`, the form editors and terminals link to.
    public var description: String { "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)" }
}
