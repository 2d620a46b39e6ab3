/// The scored answers of one validated instrument: one result per scale, in the key's order.
public struct InstrumentResult: Hashable, Sendable {
    public struct ScaleResult: Hashable, Sendable {
        public let id: String
        public let title: String
        /// nil when the scale is not scored; `notScoredReason` then says why.
        public let score: Double?
        public let notScoredReason: String?
        /// The band the score falls in, where the instrument defines bands (ProQOL 5).
        public let band: InstrumentKey.Band?
        public let answered: Int
        public let itemCount: Int
        /// Answers this scale needs before it is scored.
        public let required: Int
    }

    public let instrumentID: String
    public let scales: [ScaleResult]
    /// Orientation line for charts (CBI: 50); nil when the instrument has none.
    public let referenceLine: Double?
    /// Items with an allowed answer, across all scales.
    public let answeredCount: Int
    public let itemCount: Int
    /// 1-based positions whose value the form does not allow (or beyond the last item); scored as unanswered.
    public let ignoredPositions: [Int]

    public subscript(scaleID: String) -> ScaleResult? { scales.first { $0.id == scaleID } }

    /// `scores:` of an assessment entry (docs/SCHEMA.md): scale id → number, or null when not scored.
    public var scoreFields: Fields {
        Fields(scales.map { ($0.id, $0.score.map(Value.double) ?? .null) })
    }

    /// `bands:` of an assessment entry: scale id → band id, for scored scales; empty without bands.
    public var bandFields: Fields {
        Fields(scales.compactMap { scale in scale.band.map { (scale.id, Value.string($0.id)) } })
    }
}
