import AttuneDomain
import Foundation

/// What the rules can see of one entry, read once per evaluation in a single pass over its fields so that
/// thousands of entries stay cheap. Works on full entries and on index summaries (missing fields are absent).
struct EntryFacts {
    let id: EntryID
    let kind: EntryKind
    /// Seconds since 1970; for supervision sessions, the session's `date` when it has one.
    let time: Double
    let updated: Double
    var client: String?
    var direction: String?
    var reactions: [(family: String, intensity: Int)] = []
    var maxIntensity: Int?
    var barriers: [String] = []
    var items: [String] = []
    var maxSeverity: Int?
    var tags: [String]
    var shared: Bool
    var flagged = false
    var trigger: [String] = []
    var manifestation: [String] = []
    var origin: [String] = []
    var management: [String] = []
    var rating: Double?
    var period: String?
    var instrument: String?
    var prompt: String?
    var rule: String?
    /// Scores this entry contributes to series, keyed like `checkin.exhaustion` or `cbi.work`.
    var scores: [(source: String, value: Double)] = []

    init(_ entry: Entry) {
        id = entry.id
        kind = entry.kind
        tags = entry.tags
        shared = entry.shared
        updated = entry.updated.timeIntervalSince1970
        var time = entry.created.timeIntervalSince1970
        var scoreMap: Fields?
        for (key, value) in entry.fields {
            switch key {
            case "client": client = value.string.flatMap { $0.isEmpty ? nil : $0 }
            case "direction": direction = value.string
            case "reactions":
                for item in value.list ?? [] {
                    guard let map = item.map, let family = map["family"]?.string else { continue }
                    let intensity = map["intensity"]?.int ?? 0
                    reactions.append((family, intensity))
                    maxIntensity = max(maxIntensity ?? intensity, intensity)
                }
            case "barriers_present": barriers = value.stringList
            case "items":
                for item in value.list ?? [] {
                    guard let map = item.map, map["present"]?.bool == true, let itemID = map["id"]?.string else { continue }
                    items.append(itemID)
                    if let s = map["severity"]?.int { maxSeverity = max(maxSeverity ?? s, s) }
                }
            case "for_supervision":
                flagged = !(value.string ?? "").allSatisfy(\.isWhitespace)
            case "trigger": trigger = value.map?["categories"]?.stringList ?? []
            case "manifestation": manifestation = value.map?["categories"]?.stringList ?? []
            case "origin": origin = value.map?["categories"]?.stringList ?? []
            case "management": management = value.map?["factors"]?.stringList ?? []
            case "effect": rating = value.map?["rating"]?.double
            case "period": period = value.string
            case "instrument": instrument = value.string
            case "prompt": prompt = value.string
            case "rule": rule = value.string
            case "scores": scoreMap = value.map
            case "date" where entry.kind == .session:
                if let s = value.string, let d = Timestamp.parse(s) { time = d.timeIntervalSince1970 }
            default: break
            }
        }
        self.time = time
        if let scoreMap {
            let prefix: String? = kind == .checkin ? "checkin" : (kind == .assessment ? instrument : nil)
            if let prefix {
                for (scale, value) in scoreMap {
                    if let v = value.double, v.isFinite { scores.append(("\(prefix).\(scale)", v)) }
                }
            }
        }
    }

    func values(of key: GroupKey) -> [String] {
        switch key {
        case .client: return client.map { [$0] } ?? []
        case .barrier: return barriers
        case .item: return items
        case .family: return reactions.map(\.family)
        }
    }

    func has(_ key: GroupKey, _ value: String) -> Bool {
        switch key {
        case .client: return client == value
        case .barrier: return barriers.contains(value)
        case .item: return items.contains(value)
        case .family: return reactions.contains { $0.family == value }
        }
    }

    /// Every piece of text the entry carries, lower-cased: body, tags and all string fields (summaries from the
    /// index simply have less of it). Built only when a rule asks for text.
    static func searchableText(_ entry: Entry) -> [UInt8] {
        var parts: [String] = [entry.body]
        parts.append(contentsOf: entry.tags)
        func collect(_ value: Value) {
            switch value {
            case .string(let s): parts.append(s)
            case .list(let l): l.forEach(collect)
            case .map(let m): m.pairs.forEach { collect($0.value) }
            default: break
            }
        }
        entry.fields.pairs.forEach { collect($0.value) }
        return Array(parts.joined(separator: "\n").lowercased().utf8)
    }
}
