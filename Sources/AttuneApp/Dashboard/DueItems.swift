import AttuneDomain
import Foundation

/// What is due, worked out from the entries and the cadences in the config.
public struct DueItem: Hashable, Sendable {
    public enum Urgency: Hashable, Sendable { case due, soon, ok }
    public var title: String
    public var detail: String
    public var urgency: Urgency
}

public enum DueItems {
    public static func compute(entries: [Entry], now: Date, settings: AppSettings) -> [DueItem] {
        var items: [DueItem] = []
        items.append(item(title: "Check-in", kind: .checkin, cadence: settings.checkinCadenceDays, entries: entries, now: now))
        // Sessions are logged with the hours log; until one is, "due" would nag about something Attune cannot see.
        if entries.contains(where: { $0.kind == .session }) {
            items.append(item(title: "Supervision", kind: .session, cadence: settings.supervisionCadenceDays,
                              entries: entries, now: now))
        } else {
            items.append(DueItem(title: "Supervision", detail: "no sessions logged", urgency: .ok))
        }
        let lastSession = entries.first(where: { $0.kind == .session })?.created ?? .distantPast
        let waiting = entries.filter {
            $0.kind == .note && $0.created > lastSession && !($0.fields["for_supervision"]?.string ?? "").isEmpty
        }
        if !waiting.isEmpty {
            items.append(DueItem(title: "To bring", detail: "\(waiting.count) note(s) flagged for supervision",
                                 urgency: .soon))
        }
        return items
    }

    static func item(title: String, kind: EntryKind, cadence: Int, entries: [Entry], now: Date) -> DueItem {
        guard let last = entries.first(where: { $0.kind == kind }) else {
            return DueItem(title: title, detail: "none yet", urgency: .due)
        }
        let days = Timestamp.localDaysBetween(last.created, now)
        let ago = days <= 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago"
        if days >= cadence { return DueItem(title: title, detail: "due · last \(ago)", urgency: .due) }
        if days == cadence - 1 { return DueItem(title: title, detail: "due tomorrow · last \(ago)", urgency: .soon) }
        return DueItem(title: title, detail: "last \(ago)", urgency: .ok)
    }
}
