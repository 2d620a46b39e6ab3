/// A one-row trend: ▁▂▃▄▅▆▇█ scaled over a range, a space where a value is missing. The newest values are
/// kept when there are more values than cells.
public struct Sparkline: Hashable, Sendable {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public var values: [Double?]
    /// The scale; nil uses the values' own minimum and maximum.
    public var range: ClosedRange<Double>?

    public init(values: [Double?], range: ClosedRange<Double>? = nil) {
        self.values = values; self.range = range
    }

    /// The sparkline as text of at most `width` cells.
    public func text(width: Int) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let present = shown.compactMap { $0 }
        guard let lo = range?.lowerBound ?? present.min(), let hi = range?.upperBound ?? present.max() else {
            return String(repeating: " ", count: shown.count)
        }
        return String(shown.map { v -> Character in
            guard let v else { return " " }
            guard hi > lo else { return Self.levels[3] }
            let t = (min(max(v, lo), hi) - lo) / (hi - lo)
            return Self.levels[Int((t * 7).rounded())]
        })
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = false, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.write(text(width: area.width), x: area.x, y: area.y, style: theme.chart, clip: area)
    }
}
