import AttuneDomain
import AttuneStore
import Foundation

/// The item wording a user imported, kept in the workbook as `instruments/<key>.txt` (docs/SCHEMA.md):
/// one item per line in published order under a short `#` header, private (0600), written atomically.
public struct InstrumentWordingFolder: Hashable, Sendable {
    public let folder: URL

    public init(workbookURL: URL) { folder = workbookURL.appendingPathComponent("instruments") }

    public func fileURL(for instrumentID: String) -> URL { folder.appendingPathComponent("\(instrumentID).txt") }

    public func isImported(_ instrumentID: String) -> Bool {
        FileManager.default.fileExists(atPath: fileURL(for: instrumentID).path)
    }

    /// Bundled instruments whose wording is in the workbook.
    public func importedIDs() -> [String] { InstrumentKey.bundledIDs.filter(isImported) }

    /// The stored wording, nil when none was imported. A damaged file throws with the reason, so the person
    /// can import again instead of answering items that are off by one.
    public func load(_ key: InstrumentKey) throws -> [String]? {
        let url = fileURL(for: key.id)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data = try Data(contentsOf: url)
        do { return try InstrumentImport.parse(data: data, key: key) } catch {
            throw InstrumentWordingError.damaged(path: url.path, reason: String(describing: error))
        }
    }

    /// Stores checked wording, replacing an earlier import.
    public func save(_ items: [String], key: InstrumentKey, now: Date) throws {
        guard items.count == key.itemCount else {
            throw InstrumentImportError.wrongCount(instrument: key.shortName, expected: key.itemCount, found: items.count)
        }
        let header = [
            "# \(key.name) (\(key.shortName)): item wording imported into this workbook on \(Timestamp.formatDay(now)).",
            "# One item per line in published order. Lines starting with # are ignored.",
            "# " + key.attribution.replacingOccurrences(of: "\n", with: " "),
        ]
        let text = (header + items).joined(separator: "\n") + "\n"
        try PrivateFile.write(Data(text.utf8), to: fileURL(for: key.id))
    }
}

/// A stored wording file that no longer reads as the instrument's items.
public enum InstrumentWordingError: Error, Hashable, Sendable, CustomStringConvertible {
    case damaged(path: String, reason: String)

    public var description: String {
        switch self {
        case .damaged(let path, let reason):
            return "The imported wording in \(path) cannot be used: \(reason) Import it again with "
                + "`attune instruments import`."
        }
    }
}

/// Workbook services that can hold imported wording. The store-backed service can; the in-memory one cannot,
/// so screens on it show how to import.
public protocol InstrumentWordingProviding: AnyObject {
    var instrumentWording: InstrumentWordingFolder? { get }
}

extension StoreWorkbookService: InstrumentWordingProviding {
    public var instrumentWording: InstrumentWordingFolder? { InstrumentWordingFolder(workbookURL: workbook.url) }
}

extension AppContext {
    /// The imported wording of an instrument: nil when not imported; an error text when the file is damaged.
    func importedWording(_ key: InstrumentKey) -> Result<[String]?, InstrumentWordingError> {
        guard let folder = (workbook as? InstrumentWordingProviding)?.instrumentWording else { return .success(nil) }
        do { return .success(try folder.load(key)) } catch let error as InstrumentWordingError {
            return .failure(error)
        } catch {
            return .failure(.damaged(path: folder.fileURL(for: key.id).path, reason: error.localizedDescription))
        }
    }
}
