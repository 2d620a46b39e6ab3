import AttuneDomain
@testable import AttuneRules
import Foundation

/// Synthetic workbook entries for tests (no real client data; client codes are made up).
enum Synthetic {
    /// A fixed "now" so fixtures never depend on the clock: 2026-11-22 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_521_600)

    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources")

    static func date(daysAgo: Double) -> Date { now.addingTimeInterval(-daysAgo * 86_400) }

    private static func id(_ kind: EntryKind, _ daysAgo: Double, _ salt: Int) -> EntryID {
        EntryID.make(kind: kind, at: date(daysAgo: daysAgo), random: UInt16(truncatingIfNeeded: salt &* 2654435761 &+ Int(daysAgo * 97)))
    }

    static func note(daysAgo: Double, client: String = "C-01", reactions: [(String, Int)] = [], direction: String? = nil,
                     manifestation: [String] = [], origin: [String] = [], forSupervision: String? = nil,
                     text: String = "", shared: Bool = false, salt: Int = 0) -> Entry {
        var f = Fields()
        f["client"] = .string(client)
        if !reactions.isEmpty {
            f["reactions"] = .list(reactions.map { .map(["family": .string($0.0), "intensity": .int($0.1)]) })
        }
        if let direction { f["direction"] = .string(direction) }
        if !manifestation.isEmpty { f["manifestation"] = .map(["categories": .list(manifestation.map(Value.string)), "text": .string("")]) }
        if !origin.isEmpty { f["origin"] = .map(["categories": .list(origin.map(Value.string)), "private": .bool(true)]) }
        if let forSupervision { f["for_supervision"] = .string(forSupervision) }
        return Entry(id: id(.note, daysAgo, salt &+ client.count), kind: .note, created: date(daysAgo: daysAgo), author: "T. Est",
                     shared: shared, fields: f, body: text)
    }

    static func checklist(daysAgo: Double, barriers: [String], salt: Int = 0) -> Entry {
        var f = Fields()
        f["period"] = .string("week")
        f["items"] = .list(barriers.map { .map(["id": .string("\($0)_1"), "present": .bool(true)]) })
        f["barriers_present"] = .list(barriers.map(Value.string))
        return Entry(id: id(.checklist, daysAgo, salt), kind: .checklist, created: date(daysAgo: daysAgo), author: "T. Est", fields: f)
    }

    static func checkin(daysAgo: Double, _ scores: [String: Int], salt: Int = 0) -> Entry {
        var f = Fields()
        f["scores"] = .map(Fields(scores.sorted { $0.key < $1.key }.map { ($0.key, Value.int($0.value)) }))
        return Entry(id: id(.checkin, daysAgo, salt), kind: .checkin, created: date(daysAgo: daysAgo), author: "T. Est", fields: f)
    }

    static func assessment(daysAgo: Double, instrument: String, _ scores: [String: Double?], salt: Int = 0) -> Entry {
        var f = Fields()
        f["instrument"] = .string(instrument)
        f["scores"] = .map(Fields(scores.sorted { $0.key < $1.key }.map { ($0.key, $0.value.map(Value.double) ?? .null) }))
        return Entry(id: id(.assessment, daysAgo, salt), kind: .assessment, created: date(daysAgo: daysAgo), author: "T. Est", fields: f)
    }

    static func reflection(daysAgo: Double, salt: Int = 0) -> Entry {
        Entry(id: id(.reflection, daysAgo, salt), kind: .reflection, created: date(daysAgo: daysAgo), author: "T. Est",
              fields: ["summary": .string("A reflection")], body: "## What?\nSomething.")
    }

    static func session(daysAgo: Double, salt: Int = 0) -> Entry {
        Entry(id: id(.session, daysAgo, salt), kind: .session, created: date(daysAgo: daysAgo), author: "T. Est",
              fields: ["date": .string(Timestamp.formatDay(date(daysAgo: daysAgo))), "minutes": .int(60)])
    }

    static func library() -> PromptLibrary {
        PromptLibrary.load(folder: resources.appendingPathComponent("prompts")).0
    }

    static func engine() -> (RuleEngine, [RuleDiagnostic]) {
        let prompts = library()
        let (rules, diagnostics) = RuleSet.load(defaults: resources.appendingPathComponent("rules"), workbookRules: nil, prompts: prompts)
        return (RuleEngine(rules: rules, prompts: prompts), diagnostics)
    }
}
