import AttuneDomain
import Foundation

/// The scores of one instrument over time, oldest first: for the history screen, the change shown after a
/// check-in, and `attune scores`.
public struct ScoreHistory: Hashable, Sendable {
    public struct Dimension: Hashable, Sendable {
        public let id: String
        public let title: String
    }

    public struct Point: Hashable, Sendable {
        public let id: EntryID
        public let date: Date
        /// Dimension id → score; nil when not scored.
        public let scores: [String: Double?]
        public func score(_ dimension: String) -> Double? { scores[dimension] ?? nil }
    }

    /// Instruments with a history, in menu order.
    public static let instrumentIDs = ["pulse"] + InstrumentKey.bundledIDs

    public let instrument: String
    public let title: String
    public let dimensions: [Dimension]
    public let points: [Point]
    /// The lowest and highest possible score (pulse and CBI 0–100, ProQOL 10–50).
    public let range: ClosedRange<Double>
    /// Orientation line for charts (CBI: 50), never a cut-off.
    public let referenceLine: Double?

    /// Builds the history from entries in any order. `since` keeps entries created on or after it.
    public static func build(instrument: String, entries: [Entry], since: Date? = nil) throws -> ScoreHistory {
        let dimensions: [Dimension]
        let title: String
        var range: ClosedRange<Double> = 0...100
        var reference: Double?
        if instrument == "pulse" {
            let pulse = try PulseCheckIn.bundled()
            dimensions = pulse.dimensions.map { Dimension(id: $0.id, title: $0.title) }
            title = pulse.title
        } else {
            let key = try InstrumentKey.bundled(instrument)
            dimensions = key.scales.map { Dimension(id: $0.id, title: $0.title) }
            title = key.name
            reference = key.referenceLine
            if key.aggregate == .sum, let scale = key.scales.first {
                range = Double(scale.items.count * key.lowestValue)...Double(scale.items.count * key.highestValue)
            }
        }
        let points = entries.filter { entry in
            guard since.map({ entry.created >= $0 }) ?? true else { return false }
            if instrument == "pulse" { return entry.kind == .checkin }
            return entry.kind == .assessment && entry.fields["instrument"]?.string == instrument
        }.sorted { ($0.created, $0.id) < ($1.created, $1.id) }.map { entry in
            let map = entry.fields["scores"]?.map ?? Fields()
            var scores: [String: Double?] = [:]
            for dimension in dimensions { scores[dimension.id] = map[dimension.id]?.double }
            return Point(id: entry.id, date: entry.created, scores: scores)
        }
        return ScoreHistory(instrument: instrument, title: title, dimensions: dimensions, points: points,
                            range: range, referenceLine: reference)
    }

    public func values(_ dimension: String) -> [Double?] { points.map { $0.score(dimension) } }

    /// The newest point before the given entry (or before the newest point when nil).
    public func previous(before id: EntryID?) -> Point? {
        guard let id else { return points.dropLast().last }
        guard let index = points.firstIndex(where: { $0.id == id }) else { return points.last }
        return index > 0 ? points[index - 1] : nil
    }

    /// "+12", "−5", "±0": a change for people, with a real minus sign.
    public static func changeText(_ now: Double?, _ before: Double?) -> String? {
        guard let now, let before else { return nil }
        let delta = Int(now.rounded()) - Int(before.rounded())
        return delta > 0 ? "+\(delta)" : delta < 0 ? "−\(-delta)" : "±0"
    }

    /// A score as shown: whole numbers, "–" when not scored.
    public static func scoreText(_ value: Double?) -> String {
        value.map { String(Int($0.rounded())) } ?? "–"
    }
}
