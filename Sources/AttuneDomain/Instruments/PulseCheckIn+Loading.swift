import Foundation
import AttuneResources

extension PulseCheckIn {
    static let bundledFile = "instruments/pulse.yaml"

    /// The shipped check-in, `Resources/instruments/pulse.yaml`.
    public static func bundled() throws -> PulseCheckIn {
        try PulseCheckIn(yaml: try ResourceLocator.text(bundledFile), file: bundledFile)
    }

    /// Reads and checks a check-in file. `file` only names the source in error messages.
    public init(yaml: String, file: String = "check-in") throws {
        let raw = try InstrumentDataFile.decode(PulseFile.self, yaml: yaml, file: file)
        func fail(_ problem: String) -> InstrumentDataFileError { InstrumentDataFileError(file: file, problem: problem) }

        guard raw.format == "attune-pulse" else { throw fail("format is '\(raw.format)', expected 'attune-pulse'") }
        guard raw.schema == 1 else { throw fail("schema \(raw.schema) is not supported (this Attune reads schema 1)") }
        guard raw.scale.count >= 2 else { throw fail("the answer scale needs at least two points") }
        for (previous, next) in zip(raw.scale, raw.scale.dropFirst()) where next.value <= previous.value {
            throw fail("scale values must rise from the first point to the last (\(previous.value), \(next.value))")
        }
        if let unlabelled = raw.scale.first(where: { $0.label.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw fail("scale point \(unlabelled.value) has no label")
        }
        let dimensionIDs = raw.dimensions.map(\.id)
        guard Set(dimensionIDs).count == dimensionIDs.count else { throw fail("a dimension is listed twice") }
        guard !raw.items.isEmpty else { throw fail("no items") }
        var seen: Set<String> = []
        for item in raw.items {
            guard seen.insert(item.id).inserted else { throw fail("item '\(item.id)' appears twice") }
            guard dimensionIDs.contains(item.dimension) else {
                throw fail("item '\(item.id)' names dimension '\(item.dimension)', which is not listed")
            }
            guard !item.text.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail("item '\(item.id)' has no text") }
        }
        if let empty = dimensionIDs.first(where: { id in !raw.items.contains { $0.dimension == id } }) {
            throw fail("dimension '\(empty)' has no items")
        }

        self.init(id: raw.id, title: raw.title, period: raw.period, statement: raw.statement,
                  scoringMethod: raw.scoringMethod,
                  scale: raw.scale.map { ScalePoint(value: $0.value, label: $0.label) },
                  dimensions: raw.dimensions.map { Dimension(id: $0.id, title: $0.title) },
                  items: raw.items.map { Item(id: $0.id, dimension: $0.dimension, text: $0.text, reversed: $0.reversed) })
    }
}

/// The on-disk shape of pulse.yaml.
private struct PulseFile: Decodable {
    struct Point: Decodable { let value: Int; let label: String }
    struct DimensionEntry: Decodable { let id: String; let title: String }
    struct ItemEntry: Decodable { let id: String; let dimension: String; let text: String; let reversed: Bool }

    let format: String
    let schema: Int
    let id: String
    let title: String
    let period: String
    let statement: String
    let scoringMethod: String
    let scale: [Point]
    let dimensions: [DimensionEntry]
    let items: [ItemEntry]

    enum CodingKeys: String, CodingKey {
        case format, schema, id, title, period, statement, scale, dimensions, items
        case scoringMethod = "scoring_method"
    }
}
