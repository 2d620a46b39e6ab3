import Foundation

/// A file that cannot be read as an entry: where it is and a sentence a person can act on.
public struct EntryFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// 1-based line in the file, 0 when the problem is not tied to a place.
    public let line: Int
    /// 1-based column (Unicode scalars), 0 when unknown.
    public let column: Int
    public let reason: String

    public init(path: String, line: Int, column: Int, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        line > 0 ? "\(path):\(line):\(column): \(reason)" : "\(path): \(reason)"
    }
}
