/// The scoring key of a validated instrument (CBI, ProQOL 5): which item belongs to which scale, which items
/// are reversed, how a scale is aggregated, when too few answers leave it unscored, and its bands.
/// Keys are facts loaded from `Resources/instruments/<id>.yaml`; they never contain item wording.
public struct InstrumentKey: Hashable, Sendable {
    /// How a scale's item values are combined.
    public enum Aggregate: String, Hashable, Sendable {
        /// Mean of the answered items (CBI).
        case mean
        /// Sum of the items (ProQOL 5).
        case sum
    }

    public struct Scale: Hashable, Sendable {
        public let id: String
        public let title: String
        /// 1-based item numbers in published order.
        public let items: [Int]
        /// Items scored in reverse: `lowest + highest - answer`.
        public let reversed: Set<Int>
        /// Fewer answered items than this leaves the scale unscored.
        public let minAnswered: Int
        /// Where `minAnswered` comes from (a published rule, or our documented assumption).
        public let minAnsweredSource: String
    }

    /// A named score range. A score belongs to the first band whose `max` it does not exceed;
    /// the last band has no `max`.
    public struct Band: Hashable, Sendable {
        public let id: String
        public let title: String
        public let max: Double?
    }

    public struct Source: Hashable, Sendable {
        public let title: String
        public let url: String
        public let usedFor: String
    }

    public let id: String
    public let name: String
    public let shortName: String
    public let itemCount: Int
    /// The codes the published form uses for an answer, as printed (before any reversal).
    public let allowedValues: [Int]
    public let aggregate: Aggregate
    /// A line drawn on result charts for orientation (CBI: 50). Not a cut-off.
    public let referenceLine: Double?
    public let scales: [Scale]
    /// Empty when the instrument defines no bands (CBI).
    public let bands: [Band]
    /// One paragraph for the results screen: how the scores were computed.
    public let scoringNote: String
    /// One paragraph for the results screen: what happens with unanswered items.
    public let missingNote: String
    public let attribution: String
    public let terms: String
    public let sources: [Source]

    /// The smallest and largest allowed code; reversal maps one onto the other.
    public var lowestValue: Int { allowedValues.min() ?? 0 }
    public var highestValue: Int { allowedValues.max() ?? 0 }

    public func scale(id: String) -> Scale? { scales.first { $0.id == id } }

    /// The band a score falls in, or nil when the instrument has no bands.
    public func band(for score: Double) -> Band? {
        bands.first { band in band.max.map { score <= $0 } ?? true }
    }

    /// Allowed codes as a reader sees them, e.g. `100, 75, 50, 25, 0`.
    public var allowedValuesText: String { allowedValues.map(String.init).joined(separator: ", ") }
}
