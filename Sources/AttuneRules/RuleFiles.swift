import Foundation

/// Finding and reading rule and prompt files, turning file-system problems into diagnostics.
enum RuleFiles {
    /// Files in `folder` ending in `.<ext>`, sorted by name so the load order is stable. A folder that does
    /// not exist is simply empty (a new workbook has no rules of its own).
    static func list(_ folder: URL, extension ext: String, diagnostics: inout [RuleDiagnostic]) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return folder.pathExtension == ext ? [folder] : [] }
        do {
            return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == ext && !$0.lastPathComponent.hasPrefix(".") }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            diagnostics.append(RuleDiagnostic(file: folder.path, location: SourceLocation(line: 1, column: 1),
                                              message: "Cannot list this folder: \(error.localizedDescription)"))
            return []
        }
    }

    static func read(_ file: URL, diagnostics: inout [RuleDiagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            diagnostics.append(RuleDiagnostic(file: file.path, location: SourceLocation(line: 1, column: 1),
                                              message: "Cannot read this file; check that it exists and that you may read it."))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(RuleDiagnostic(file: file.path, location: SourceLocation(line: 1, column: 1),
                                              message: "This file is not UTF-8 text; save it as UTF-8 and try again."))
            return nil
        }
        return text
    }
}
