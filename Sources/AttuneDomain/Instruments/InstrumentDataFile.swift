import Yams

/// A data file under Resources/instruments that could not be read, with a sentence saying what and where.
public struct InstrumentDataFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let problem: String
    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }
    public var description: String { "\(file): \(problem)" }
}

/// Decoding of instrument data files with errors that name the key path instead of Swift type names.
enum InstrumentDataFile {
    static func decode<T: Decodable>(_ type: T.Type, yaml: String, file: String) throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: yaml)
        } catch let error as DecodingError {
            throw InstrumentDataFileError(file: file, problem: describe(error))
        } catch {
            throw InstrumentDataFileError(file: file, problem: "is not valid YAML (\(error))")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            let text = keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "the top level" : text)
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' in \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong or missing value at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return "unreadable value at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "could not be read"
        }
    }
}
