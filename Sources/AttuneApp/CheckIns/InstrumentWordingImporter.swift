import AttuneDomain
import Foundation

/// Why `attune instruments import` refused a file, as one sentence for the person at the keyboard.
public enum WordingImportError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownInstrument(String)
    case missing(path: String)
    case notAFile(path: String)
    case unreadable(path: String, reason: String)
    case refused(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownInstrument(let id):
            return "There is no instrument '\(id)'. Attune has scoring keys for: "
                + InstrumentKey.bundledIDs.joined(separator: ", ") + "."
        case .missing(let path): return "There is no file at \(path)."
        case .notAFile(let path): return "\(path) is a folder or a device, not a text file."
        case .unreadable(let path, let reason): return "\(path) could not be read: \(reason)"
        case .refused(let path, let reason): return "\(path) was not imported. \(reason)"
        }
    }
}

/// Reads a wording file, checks it against the instrument's key and stores it in the workbook.
public enum InstrumentWordingImporter {
    public struct Report: Hashable, Sendable {
        public let key: InstrumentKey
        public let items: [String]
        /// True when an earlier import was replaced.
        public let replaced: Bool
        public let storedAt: URL
    }

    public static func importFile(at file: URL, instrument id: String, into folder: InstrumentWordingFolder,
                                  now: Date) throws -> Report {
        let key: InstrumentKey
        do { key = try InstrumentKey.bundled(id.lowercased()) } catch { throw WordingImportError.unknownInstrument(id) }
        let data = try read(file)
        let items: [String]
        do { items = try InstrumentImport.parse(data: data, key: key) } catch {
            throw WordingImportError.refused(path: file.path, reason: String(describing: error))
        }
        let replaced = folder.isImported(key.id)
        try folder.save(items, key: key, now: now)
        return Report(key: key, items: items, replaced: replaced, storedAt: folder.fileURL(for: key.id))
    }

    /// Reads at most one byte past the import limit, so a huge or endless file (a device) is refused quickly.
    static func read(_ file: URL) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
            throw WordingImportError.missing(path: file.path)
        }
        let attributes = (try? FileManager.default.attributesOfItem(atPath: file.path)) ?? [:]
        guard !isDirectory.boolValue, attributes[.type] as? FileAttributeType == .typeRegular else {
            throw WordingImportError.notAFile(path: file.path)
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > InstrumentImport.maximumBytes {
            let reason = InstrumentImportError.tooLarge(bytes: size, limit: InstrumentImport.maximumBytes)
            throw WordingImportError.refused(path: file.path, reason: reason.description)
        }
        do {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            return try handle.read(upToCount: InstrumentImport.maximumBytes + 1) ?? Data()
        } catch {
            throw WordingImportError.unreadable(path: file.path, reason: error.localizedDescription)
        }
    }
}
