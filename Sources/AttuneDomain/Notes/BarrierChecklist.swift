import Foundation
import Yams

/// The definition of the empathy-barrier checklist: groups and items, loaded from YAML data files.
public struct ChecklistDefinition: Hashable, Sendable {
    public struct Group: Hashable, Sendable { public let id: String; public let title: String }
    public struct Item: Hashable, Sendable {
        public let id: String
        public let group: String
        public let text: String
        public let help: String
    }

    public private(set) var groups: [Group]
    public private(set) var items: [Item]

    public struct LoadError: Error, CustomStringConvertible {
        public let source: String
        public let reason: String
        public var description: String { "\(source): \(reason)" }
    }

    public init(groups: [Group], items: [Item]) { self.groups = groups; self.items = items }

    /// Parses one checklist file. Items naming an unknown group, or missing id/text, are errors with the item's position.
    public static func parse(_ yaml: String, source: String) throws -> ChecklistDefinition {
        let root: Any?
        do { root = try Yams.load(yaml: yaml) } catch {
            throw LoadError(source: source, reason: "not valid YAML (\(error))")
        }
        guard let dict = root as? [String: Any] else { throw LoadError(source: source, reason: "expected `groups:` and `items:`") }
        var groups: [Group] = []
        for (i, g) in ((dict["groups"] as? [Any]) ?? []).enumerated() {
            guard let m = g as? [String: Any], let id = m["id"] as? String, let title = m["title"] as? String else {
                throw LoadError(source: source, reason: "group \(i + 1) needs an id and a title")
            }
            groups.append(Group(id: id, title: title))
        }
        var items: [Item] = []
        for (i, it) in ((dict["items"] as? [Any]) ?? []).enumerated() {
            guard let m = it as? [String: Any], let id = m["id"] as? String, let group = m["group"] as? String,
                  let text = m["text"] as? String else {
                throw LoadError(source: source, reason: "item \(i + 1) needs an id, a group and a text")
            }
            items.append(Item(id: id, group: group, text: text, help: (m["help"] as? String) ?? ""))
        }
        return ChecklistDefinition(groups: groups, items: items)
    }

    /// Adds a workbook-local list: new groups and items are appended; an item with a known id replaces its wording.
    public mutating func merge(_ other: ChecklistDefinition, source: String) throws {
        for g in other.groups where !groups.contains(where: { $0.id == g.id }) { groups.append(g) }
        for item in other.items {
            guard groups.contains(where: { $0.id == item.group }) else {
                throw LoadError(source: source, reason: "item \(item.id) names unknown group \(item.group)")
            }
            if let i = items.firstIndex(where: { $0.id == item.id }) { items[i] = item } else { items.append(item) }
        }
    }

    public func validate(source: String) throws {
        var seen = Set<String>()
        for item in items {
            guard groups.contains(where: { $0.id == item.group }) else {
                throw LoadError(source: source, reason: "item \(item.id) names unknown group \(item.group)")
            }
            guard seen.insert(item.id).inserted else { throw LoadError(source: source, reason: "item id \(item.id) appears twice") }
        }
    }

    public func items(in group: String) -> [Item] { items.filter { $0.group == group } }
    public func group(_ id: String) -> Group? { groups.first(where: { $0.id == id }) }
    public func item(_ id: String) -> Item? { items.first(where: { $0.id == id }) }
}

/// A typed view of a `kind: checklist` entry.
public struct BarrierChecklist: Hashable, Sendable {
    public struct Answer: Hashable, Sendable {
        public var id: String
        public var present: Bool
        public var severity: Int?
        public var note: String
        public init(id: String, present: Bool, severity: Int? = nil, note: String = "") {
            self.id = id; self.present = present; self.severity = severity; self.note = note
        }
    }

    /// "session" or "week": the user chooses what one checklist covers.
    public var period = "session"
    public var client = ""
    public var answers: [Answer] = []

    public init(period: String = "session", client: String = "", answers: [Answer] = []) {
        self.period = period; self.client = client; self.answers = answers
    }

    /// Groups with at least one item present, in definition order; items not in the definition count by id prefix.
    public func barriersPresent(definition: ChecklistDefinition) -> [String] {
        let presentIDs = Set(answers.filter(\.present).map(\.id))
        var groups: [String] = []
        for g in definition.groups where definition.items(in: g.id).contains(where: { presentIDs.contains($0.id) }) {
            groups.append(g.id)
        }
        for id in presentIDs.sorted() where definition.item(id) == nil {
            let g = String(id.split(separator: ".").first ?? Substring(id))
            if !groups.contains(g) { groups.append(g) }
        }
        return groups
    }

    public func fields(definition: ChecklistDefinition) -> Fields {
        var f = Fields()
        f["period"] = .string(period)
        if !client.isEmpty { f["client"] = .string(client) }
        f["items"] = .list(answers.map { a in
            var m: Fields = ["id": .string(a.id), "present": .bool(a.present)]
            if let s = a.severity { m["severity"] = .int(s) }
            if !a.note.isEmpty { m["note"] = .string(a.note) }
            return .map(m)
        })
        f["barriers_present"] = .list(barriersPresent(definition: definition).map(Value.string))
        return f
    }

    public init(fields f: Fields) {
        period = f["period"]?.string ?? "session"
        client = f["client"]?.string ?? ""
        answers = (f["items"]?.list ?? []).compactMap { v in
            guard let m = v.map, let id = m["id"]?.string else { return nil }
            return Answer(id: id, present: m["present"]?.bool ?? false, severity: m["severity"]?.int,
                          note: m["note"]?.string ?? "")
        }
    }
}
