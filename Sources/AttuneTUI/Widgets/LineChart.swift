/// A trend over time: one column per value (newest at the right), a point per value on a fixed scale, a gap
/// for a missing value, and an optional labelled reference line across the plot.
public struct LineChart: Hashable, Sendable {
    public var values: [Double?]
    public var range: ClosedRange<Double>
    public var reference: Double?

    public init(values: [Double?], range: ClosedRange<Double> = 0...100, reference: Double? = nil) {
        self.values = values; self.range = range; self.reference = reference
    }

    static func label(_ v: Double) -> String { String(Int(v.rounded())) }

    /// Row (0 = top) of a value in a plot `height` rows tall.
    func row(of value: Double, height: Int) -> Int {
        let span = range.upperBound - range.lowerBound
        guard span > 0, height > 1 else { return max(0, height - 1) }
        let t = (range.upperBound - min(max(value, range.lowerBound), range.upperBound)) / span
        return Int((t * Double(height - 1)).rounded())
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = false, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.normal)
        var labels = [(row: 0, text: Self.label(range.upperBound)),
                      (row: area.height - 1, text: Self.label(range.lowerBound))]
        if let reference { labels.append((row(of: reference, height: area.height), Self.label(reference))) }
        let gutter = (labels.map { DisplayWidth.of($0.text) }.max() ?? 0) + 1
        let plot = area.splitLeft(gutter).1
        for (r, text) in labels where r >= 0 && r < area.height {
            let style = reference.map { row(of: $0, height: area.height) == r && text == Self.label($0) } == true
                ? theme.reference : theme.dim
            buffer.write(DisplayWidth.pad(String(repeating: " ", count: gutter - 1 - DisplayWidth.of(text)) + text, to: gutter - 1),
                         x: area.x, y: area.y + r, style: style, clip: area)
        }
        guard !plot.isEmpty else { return }
        if let reference {
            let y = plot.y + row(of: reference, height: plot.height)
            buffer.write(String(repeating: "┄", count: plot.width), x: plot.x, y: y, style: theme.reference, clip: plot)
        }
        for (k, value) in values.suffix(plot.width).enumerated() {
            guard let value else { continue }
            buffer.write("●", x: plot.x + k, y: plot.y + row(of: value, height: plot.height), style: theme.chart, clip: plot)
        }
    }
}
