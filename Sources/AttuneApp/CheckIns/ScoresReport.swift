import AttuneDomain
import AttuneStore
import Foundation

/// Score histories printed for scripts and spreadsheets (`attune scores`).
public enum ScoresReport {
    /// A JSON array, oldest first per instrument: {instrument, id, created, scores: {dimension: number|null}}.
    public static func json(_ histories: [ScoreHistory]) -> Data {
        let rows: [[String: Any]] = histories.flatMap { history in
            history.points.map { point -> [String: Any] in
                var scores: [String: Any] = [:]
                for d in history.dimensions { scores[d.id] = point.score(d.id).map { $0 as Any } ?? NSNull() }
                return ["instrument": history.instrument, "id": point.id.rawValue,
                        "created": Timestamp.format(point.date), "scores": scores]
            }
        }
        return EntryJSON.data(rows)
    }

    /// Long ("tidy") CSV, one row per score, so every instrument fits one header and pivots in a spreadsheet:
    /// `created,instrument,dimension,score,id`; an unscored dimension has an empty score.
    public static func csv(_ histories: [ScoreHistory]) -> String {
        var lines = ["created,instrument,dimension,score,id"]
        for history in histories {
            for point in history.points {
                for d in history.dimensions {
                    let score = point.score(d.id).map { number($0) } ?? ""
                    lines.append([Timestamp.format(point.date), history.instrument, d.id, score, point.id.rawValue]
                        .map(field).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table per instrument for reading in a terminal.
    public static func text(_ histories: [ScoreHistory]) -> String {
        var out: [String] = []
        for history in histories {
            if !out.isEmpty { out.append("") }
            out.append("\(history.title) (\(history.instrument)): \(history.points.count) saved")
            guard !history.points.isEmpty else { continue }
            let widths = history.dimensions.map { max($0.id.count, 5) }
            out.append(pad("date", 17) + "  " + zip(history.dimensions, widths).map { pad($0.id, $1) }.joined(separator: "  "))
            for point in history.points {
                let cells = zip(history.dimensions, widths).map { d, w in
                    padLeft(ScoreHistory.scoreText(point.score(d.id)), w)
                }
                out.append(pad(Timestamp.formatShort(point.date), 17) + "  " + cells.joined(separator: "  "))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
    private static func padLeft(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
}
