import AttuneDomain
import Foundation

/// What the rules can see of one entry, read once per evaluation in a single pass over its fields so that
/// thousands of entries stay cheap. Works on full entries and on index summaries (missing fields are absent).
/// A class with constant properties: look-ups share one copy and need no exclusivity checks.
final class EntryFacts {
    let id: EntryID
    let kind: EntryKind
    /// Seconds since 1970; for supervision sessions, the session's `date` when it has one.
    let time: Double
    let updated: Double
    let tags: [String]
    let shared: Bool
    let client: String?
    let direction: String?
    let reactions: [(family: String, intensity: Int)]
    let maxIntensity: Int?
    let barriers: [String]
    let items: [String]
    let maxSeverity: Int?
    /// A note with a non-empty `for_supervision`.
    let flagged: Bool
    let trigger: [String]
    let manifestation: [String]
    let origin: [String]
    let management: [String]
    let rating: Double?
    let period: String?
    let instrument: String?
    let prompt: String?
    let rule: String?

    /// When the entry counts as happening: its creation, or for a supervision session the session's `date`.
    static func time(of entry: Entry) -> Double {
        if entry.kind == .session, let s = entry.fields["date"]?.string, let d = Timestamp.parse(s) {
            return d.timeIntervalSince1970
        }
        return entry.created.timeIntervalSince1970
    }

    /// The fields as they are read, before they are frozen into an `EntryFacts`.
    private struct Reading {
        var client: String?, direction: String?, period: String?, instrument: String?, prompt: String?, rule: String?
        var reactions: [(family: String, intensity: Int)] = []
        var maxIntensity: Int?, maxSeverity: Int?
        var barriers: [String] = [], items: [String] = []
        var trigger: [String] = [], manifestation: [String] = [], origin: [String] = [], management: [String] = []
        var flagged = false
        var rating: Double?

        mutating func read(_ key: String, _ value: Value) {
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
            case "for_supervision": flagged = !(value.string ?? "").allSatisfy(\.isWhitespace)
            case "trigger": trigger = value.map?["categories"]?.stringList ?? []
            case "manifestation": manifestation = value.map?["categories"]?.stringList ?? []
            case "origin": origin = value.map?["categories"]?.stringList ?? []
            case "management": management = value.map?["factors"]?.stringList ?? []
            case "effect": rating = value.map?["rating"]?.double
            case "period": period = value.string
            case "instrument": instrument = value.string
            case "prompt": prompt = value.string
            case "rule": rule = value.string
            default: break
            }
        }
    }

    /// Takes the entry's parts rather than the entry: passing a whole `Entry` copies (and retains) all of it.
    init(id: EntryID, kind: EntryKind, tags: [String], shared: Bool, updated: Date, fields: Fields, time: Double) {
        var r = Reading()
        for pair in fields.pairs { r.read(pair.key, pair.value) }
        self.time = time
        self.id = id
        self.kind = kind
        self.tags = tags
        self.shared = shared
        self.updated = updated.timeIntervalSince1970
        client = r.client; direction = r.direction; period = r.period; instrument = r.instrument
        prompt = r.prompt; rule = r.rule
        reactions = r.reactions; maxIntensity = r.maxIntensity; maxSeverity = r.maxSeverity
        barriers = r.barriers; items = r.items
        trigger = r.trigger; manifestation = r.manifestation; origin = r.origin; management = r.management
        flagged = r.flagged; rating = r.rating
    }

    func has(_ key: GroupKey, _ value: String) -> Bool {
        switch key {
        case .client: return client == value
        case .barrier: return barriers.contains(value)
        case .item: return items.contains(value)
        case .family: return reactions.contains { $0.family == value }
        }
    }

    /// The scores of a check-in (`checkin.<dimension>`) or an assessment (`<instrument>.<scale>`) for one series.
    static func score(_ fields: Fields, kind: EntryKind, prefix: String, scale: String) -> Double? {
        guard let v = fields["scores"]?.map?[scale]?.double, v.isFinite else { return nil }
        if kind == .checkin { return prefix == "checkin" ? v : nil }
        return fields["instrument"]?.string == prefix ? v : nil
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
