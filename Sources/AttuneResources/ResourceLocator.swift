import Foundation

/// Finds the shipped `Resources/` folder (checklists, rules, prompts, instrument keys, help, themes)
/// without ever trapping: an installed binary that lost its resource bundle gets a sentence, not a crash.
public enum ResourceLocator {
    public struct Missing: Error, CustomStringConvertible {
        public let searched: [String]
        public var description: String {
            "Attune cannot find its Resources folder. Looked in: " + searched.joined(separator: ", ")
                + ". Copy the attune_AttuneResources.resources folder next to the attune binary, or set ATTUNE_RESOURCES."
        }
    }

    /// Candidate folders in order: $ATTUNE_RESOURCES, the SwiftPM bundle beside the executable,
    /// a system install, and the source checkout this file was compiled from.
    public static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var result: [URL] = []
        if let explicit = environment["ATTUNE_RESOURCES"], !explicit.isEmpty {
            result.append(URL(fileURLWithPath: explicit))
        }
        let exeDir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let bundleName = "attune_AttuneResources.resources"
        result.append(exeDir.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        result.append(Bundle.main.bundleURL.appendingPathComponent(bundleName).appendingPathComponent("Resources"))
        result.append(exeDir.deletingLastPathComponent().appendingPathComponent("share/attune/Resources"))
        result.append(URL(fileURLWithPath: "/usr/local/share/attune/Resources"))
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources")
        result.append(checkout)
        return result
    }

    nonisolated(unsafe) private static var cached: URL?

    /// The Resources folder, or an error naming every place searched.
    public static func resourcesFolder() throws -> URL {
        if let cached { return cached }
        let list = candidates()
        for url in list {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
                cached = url
                return url
            }
        }
        throw Missing(searched: list.map(\.path))
    }

    /// A file under Resources, e.g. `url("checklists/barriers.yaml")`.
    public static func url(_ relativePath: String) throws -> URL {
        try resourcesFolder().appendingPathComponent(relativePath)
    }

    public static func text(_ relativePath: String) throws -> String {
        let url = try url(relativePath)
        do { return try String(contentsOf: url, encoding: .utf8) } catch {
            throw Missing(searched: [url.path])
        }
    }
}
