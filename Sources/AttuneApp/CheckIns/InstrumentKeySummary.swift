import AttuneDomain

/// The scoring key of an instrument in plain sentences: shown before an import ("the key it will apply"),
/// on the not-imported screen and in `attune instruments list`.
public enum InstrumentKeySummary {
    public static func lines(_ key: InstrumentKey) -> [String] {
        var out = ["\(key.name) (\(key.shortName)): \(key.itemCount) items, answers coded \(key.allowedValuesText)."]
        let how = key.aggregate == .mean ? "mean of the answered items" : "sum of the items"
        for scale in key.scales {
            var line = "  \(scale.title): items \(ranges(scale.items)); \(how)"
            if !scale.reversed.isEmpty {
                line += "; reversed: \(scale.reversed.sorted().map(String.init).joined(separator: ", "))"
            }
            line += "; needs \(scale.minAnswered) of \(scale.items.count) answers."
            out.append(line)
        }
        if key.bands.isEmpty {
            out.append("  No bands or cut-offs" + (key.referenceLine.map { "; charts show a reference line at \(Int($0))." } ?? "."))
        } else {
            var lower = Double(key.scales.first.map { $0.items.count * key.lowestValue } ?? 0)
            let bands = key.bands.map { band -> String in
                defer { lower = (band.max ?? lower) + 1 }
                return band.max.map { "\(band.title) \(Int(lower))–\(Int($0))" } ?? "\(band.title) \(Int(lower)) or more"
            }
            out.append("  Bands: " + bands.joined(separator: ", ") + ".")
        }
        return out
    }

    /// "1–6" or "3, 6, 12": consecutive runs of three or more collapsed.
    static func ranges(_ items: [Int]) -> String {
        var runs: [(first: Int, last: Int)] = []
        for item in items.sorted() {
            if let run = runs.last, item == run.last + 1 { runs[runs.count - 1].last = item } else { runs.append((item, item)) }
        }
        return runs.map { run in
            run.first == run.last ? "\(run.first)" : run.last == run.first + 1 ? "\(run.first), \(run.last)"
                : "\(run.first)–\(run.last)"
        }.joined(separator: ", ")
    }

    /// Where a person finds the form itself (facts from the keys' sources and docs/INSTRUMENTS.md).
    static let whereToGet: [String: String] = [
        "cbi": "Where to find it: the article by Kristensen, Borritz, Villadsen & Christensen, Work & Stress "
            + "19(3), 2005 <https://doi.org/10.1080/02678370500297720>; the questionnaire (English PUMA version) is "
            + "distributed by the National Research Centre for the Working Environment (NFA), Copenhagen.",
        "proqol5": "Where to find it: the ProQOL 5 form is published by its author at <https://proqol.org>, "
            + "with the terms shown below.",
    ]

    /// Where the instrument is published and how to import its wording.
    public static func importAdvice(_ key: InstrumentKey) -> [String] {
        var out = ["Attune ships the scoring key of the \(key.shortName) but not its wording. Import the items "
                   + "from your own copy: a plain text file with one item per line, \(key.itemCount) lines in "
                   + "published order, then run:",
                   "  attune instruments import \(key.id) FILE"]
        out.append(whereToGet[key.id] ?? "Published in: " + (key.sources.first.map { "\($0.title) <\($0.url)>" } ?? ""))
        let v = key.allowedValues
        let example = v.count >= 3 ? "\(v[0]),\(v[1]),,\(v[2]),…" : "…"
        out.append("A form filled on paper can be scored without the wording: attune assess \(key.id) --answers "
                   + "\"\(example)\" (one place per item, empty when unanswered).")
        return out
    }
}
