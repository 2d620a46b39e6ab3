import AttuneDomain
import Foundation

/// How often each empathy barrier was marked present in recent checklists: for the last 4, 12 and 52 weeks,
/// the checklists in which the barrier had at least one item present, out of all checklists in that window.
struct BarrierHistory: Hashable {
    static let windows = [4, 12, 52]

    struct Count: Hashable {
        /// Checklists with the barrier present, newest first: the entries behind the count.
        var entries: [Entry]
        /// All checklists in the window.
        var total: Int
        var fraction: Double { total == 0 ? 0 : Double(entries.count) / Double(total) }
    }

    struct Row: Hashable {
        /// The barrier's group id and title.
        var id: String
        var title: String
        /// One count per window, in `windows` order.
        var counts: [Count]
    }

    private(set) var rows: [Row] = []
    /// Checklists per window.
    private(set) var totals: [Int] = []

    init(entries: [Entry], definition: ChecklistDefinition, now: Date) {
        let checklists = entries.filter { $0.kind == .checklist }.sorted { $0.created > $1.created }
        let windowed = Self.windows.map { weeks in
            checklists.filter { $0.created > now.addingTimeInterval(-Double(weeks) * 7 * 86_400) && $0.created <= now }
        }
        totals = windowed.map(\.count)
        // A hand-copied file can repeat an id: the first (newest) wins instead of trapping.
        let present = Dictionary(checklists.map { ($0.id, Set(Self.barriers(of: $0, definition))) },
                                 uniquingKeysWith: { first, _ in first })
        var groups = definition.groups.map { (id: $0.id, title: $0.title) }
        // Groups only known from older entries (a removed workbook list) still get a row.
        for e in checklists {
            for g in present[e.id] ?? [] where !groups.contains(where: { $0.id == g }) {
                groups.append((g, g.replacingOccurrences(of: "_", with: " ")))
            }
        }
        rows = groups.map { g in
            Row(id: g.id, title: g.title, counts: windowed.map { list in
                Count(entries: list.filter { present[$0.id]?.contains(g.id) == true }, total: list.count)
            })
        }
    }

    /// The entry's present barriers: the derived `barriers_present` key, or computed from the items.
    static func barriers(of e: Entry, _ definition: ChecklistDefinition) -> [String] {
        if let stored = e.fields["barriers_present"]?.list { return stored.compactMap(\.string) }
        return BarrierChecklist(fields: e.fields).barriersPresent(definition: definition)
    }
}
