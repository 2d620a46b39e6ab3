import AttuneDomain
import Foundation
import Yams

/// Whose workbook this is: decides which screens and sharing rules apply.
public enum WorkbookRole: String, Sendable, CaseIterable {
    case supervisee
    case supervisor
}

/// The `workbook` file at the root: format marker, schema version, role, owner name, creation time.
struct WorkbookManifest: Equatable {
    static let fileName = "workbook"
    static let format = "attune-workbook"
    static let currentSchema = 1

    var schema: Int
    var role: WorkbookRole
    var name: String
    var created: Date
    /// Keys this version does not know, kept so a rewrite (migration) loses nothing.
    var extra: Fields = Fields()

    func encoded() -> String {
        var fields = Fields()
        fields["format"] = .string(Self.format)
        fields["schema"] = .int(schema)
        fields["role"] = .string(role.rawValue)
        fields["name"] = .string(name)
        fields["created"] = .string(Timestamp.format(created))
        for (k, v) in extra { fields[k] = v }
        var out = "# Attune workbook. Entries live under entries/YYYY/MM/. Do not edit `schema` by hand.\n"
        FrontMatterEmitter.emit(fields, into: &out)
        return out
    }

    static func decode(_ text: String, path: String) throws -> WorkbookManifest {
        let node: Node?
        do { node = try Yams.compose(yaml: text, Resolver.basic) } catch {
            throw StoreError.badManifest(path: path, reason: "it is not valid YAML (\(error))")
        }
        guard case .mapping(let mapping)? = node,
              let fields = try? YAMLValueReader.fields(mapping) else {
            throw StoreError.badManifest(path: path, reason: "it should hold `key: value` lines")
        }
        if let format = fields["format"]?.string, format != Self.format {
            throw StoreError.badManifest(path: path, reason: "its format is '\(format)', not '\(Self.format)'")
        }
        // A workbook file without `schema:` comes from before versioning: schema 0.
        let schema = fields["schema"]?.int ?? 0
        guard let roleText = fields["role"]?.string, let role = WorkbookRole(rawValue: roleText) else {
            throw StoreError.badManifest(path: path, reason: "`role:` must be supervisee or supervisor")
        }
        let name = fields["name"]?.string ?? ""
        let created = fields["created"]?.string.flatMap(Timestamp.parse) ?? Date(timeIntervalSince1970: 0)
        var extra = fields
        for key in ["format", "schema", "role", "name", "created"] { extra[key] = nil }
        return WorkbookManifest(schema: schema, role: role, name: name, created: created, extra: extra)
    }
}
