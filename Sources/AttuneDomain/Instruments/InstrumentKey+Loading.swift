import AttuneResources

extension InstrumentKey {
    /// Instruments whose keys Attune ships, in menu order.
    public static let bundledIDs = ["cbi", "proqol5"]

    /// The shipped key `Resources/instruments/<id>.yaml`.
    public static func bundled(_ id: String) throws -> InstrumentKey {
        guard bundledIDs.contains(id) else {
            throw InstrumentDataFileError(
                file: "instruments/\(id).yaml",
                problem: "Attune has no key for '\(id)'. Known instruments: \(bundledIDs.joined(separator: ", ")).")
        }
        let file = "instruments/\(id).yaml"
        return try InstrumentKey(yaml: try ResourceLocator.text(file), file: file)
    }

    /// Reads and checks a key file. `file` only names the source in error messages.
    public init(yaml: String, file: String = "instrument key") throws {
        let raw = try InstrumentDataFile.decode(KeyFile.self, yaml: yaml, file: file)
        func fail(_ problem: String) -> InstrumentDataFileError { InstrumentDataFileError(file: file, problem: problem) }

        guard raw.format == "attune-instrument-key" else {
            throw fail("format is '\(raw.format)', expected 'attune-instrument-key'")
        }
        guard raw.schema == 1 else { throw fail("schema \(raw.schema) is not supported (this Attune reads schema 1)") }
        guard let aggregate = Aggregate(rawValue: raw.aggregate) else {
            throw fail("aggregate '\(raw.aggregate)' is unknown; use 'mean' or 'sum'")
        }
        guard raw.itemCount > 0 else { throw fail("item_count must be at least 1") }
        guard !raw.allowedValues.isEmpty, Set(raw.allowedValues).count == raw.allowedValues.count else {
            throw fail("allowed_values must list each code once")
        }
        guard !raw.scales.isEmpty else { throw fail("no scales") }

        var owner: [Int: String] = [:]
        var scales: [Scale] = []
        for scale in raw.scales {
            guard !scales.contains(where: { $0.id == scale.id }) else { throw fail("scale '\(scale.id)' appears twice") }
            guard !scale.items.isEmpty else { throw fail("scale '\(scale.id)' has no items") }
            for item in scale.items {
                guard (1...raw.itemCount).contains(item) else {
                    throw fail("scale '\(scale.id)' lists item \(item), outside 1...\(raw.itemCount)")
                }
                if let other = owner[item] { throw fail("item \(item) is in both '\(other)' and '\(scale.id)'") }
                owner[item] = scale.id
            }
            let reversed = Set(scale.reversed)
            guard reversed.isSubset(of: Set(scale.items)) else {
                throw fail("scale '\(scale.id)' reverses an item it does not contain")
            }
            guard (1...scale.items.count).contains(scale.minAnswered) else {
                throw fail("scale '\(scale.id)' has min_answered \(scale.minAnswered), outside 1...\(scale.items.count)")
            }
            scales.append(Scale(id: scale.id, title: scale.title, items: scale.items, reversed: reversed,
                                minAnswered: scale.minAnswered, minAnsweredSource: scale.minAnsweredSource))
        }
        if let missing = (1...raw.itemCount).first(where: { owner[$0] == nil }) {
            throw fail("item \(missing) belongs to no scale")
        }

        let bands = (raw.bands ?? []).map { Band(id: $0.id, title: $0.title, max: $0.max) }
        for (index, band) in bands.enumerated() {
            let isLast = index == bands.count - 1
            guard isLast == (band.max == nil) else { throw fail("only the last band may (and must) omit 'max'") }
            if index > 0, let max = band.max, let previous = bands[index - 1].max, max <= previous {
                throw fail("band '\(band.id)' must end above band '\(bands[index - 1].id)'")
            }
        }

        self.init(id: raw.id, name: raw.name, shortName: raw.shortName, itemCount: raw.itemCount,
                  allowedValues: raw.allowedValues, aggregate: aggregate, referenceLine: raw.referenceLine,
                  scales: scales, bands: bands, scoringNote: raw.scoringNote, missingNote: raw.missingNote,
                  attribution: raw.attribution, terms: raw.terms,
                  sources: raw.sources.map { Source(title: $0.title, url: $0.url, usedFor: $0.usedFor) })
    }
}

/// The on-disk shape of a key file (snake_case keys as written in Resources/instruments).
private struct KeyFile: Decodable {
    struct ScaleEntry: Decodable {
        let id: String
        let title: String
        let items: [Int]
        let reversed: [Int]
        let minAnswered: Int
        let minAnsweredSource: String
        enum CodingKeys: String, CodingKey {
            case id, title, items, reversed
            case minAnswered = "min_answered", minAnsweredSource = "min_answered_source"
        }
    }
    struct BandEntry: Decodable {
        let id: String
        let title: String
        let max: Double?
    }
    struct SourceEntry: Decodable {
        let title: String
        let url: String
        let usedFor: String
        enum CodingKeys: String, CodingKey { case title, url, usedFor = "used_for" }
    }

    let format: String
    let schema: Int
    let id: String
    let name: String
    let shortName: String
    let itemCount: Int
    let allowedValues: [Int]
    let aggregate: String
    let referenceLine: Double?
    let scales: [ScaleEntry]
    let bands: [BandEntry]?
    let scoringNote: String
    let missingNote: String
    let attribution: String
    let terms: String
    let sources: [SourceEntry]

    enum CodingKeys: String, CodingKey {
        case format, schema, id, name, aggregate, scales, bands, attribution, terms, sources
        case shortName = "short_name", itemCount = "item_count", allowedValues = "allowed_values"
        case referenceLine = "reference_line", scoringNote = "scoring_note", missingNote = "missing_note"
    }
}
