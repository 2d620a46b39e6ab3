/// Horizontal bars with a label and a value each, on a fixed scale, with an optional reference line (such as
/// 50 on a 0–100 score) drawn through every row and labelled on an axis row below.
public struct BarChart: Hashable, Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        /// nil: no value (not answered, not scored); drawn as a gap.
        public var value: Double?
        /// How the value is printed; defaults to the rounded number.
        public var valueText: String?
        public init(_ label: String, _ value: Double?, valueText: String? = nil) {
            self.label = label; self.value = value; self.valueText = valueText
        }
        var shownValue: String { valueText ?? value.map { String(Int($0.rounded())) } ?? "–" }
    }

    public static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public var bars: [Bar]
    public var maximum: Double
    public var reference: Double?

    public init(bars: [Bar], maximum: Double = 100, reference: Double? = nil) {
        self.bars = bars; self.maximum = maximum; self.reference = reference
    }

    /// Rows needed: one per bar, plus the axis row when there is a reference line.
    public var height: Int { bars.count + (reference == nil ? 0 : 1) }

    /// The bar of `value` in `width` cells, with eighth-cell precision.
    static func barText(_ value: Double, maximum: Double, width: Int) -> String {
        guard maximum > 0, width > 0 else { return "" }
        let cells = min(max(0, value / maximum), 1) * Double(width)
        let eighths = Int((cells * 8).rounded())
        var s = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { s.append(partials[eighths % 8 - 1]) }
        return s
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = false, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.normal)
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = bars.map { DisplayWidth.of($0.shownValue) }.max() ?? 0
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        let barX = area.x + labelWidth + 1
        let referenceColumn = reference.map { ref -> Int in
            min(max(0, Int((ref / maximum * Double(barWidth)).rounded())), max(0, barWidth - 1))
        }
        for (k, bar) in bars.enumerated() where k < area.height {
            let y = area.y + k
            buffer.write(DisplayWidth.pad(bar.label, to: labelWidth), x: area.x, y: y, style: theme.normal, clip: area)
            var filled = 0
            if let v = bar.value {
                let text = Self.barText(v, maximum: maximum, width: barWidth)
                filled = text.count
                buffer.write(text, x: barX, y: y, style: theme.chart, clip: area)
            }
            if let rc = referenceColumn, barWidth > 0 {
                // Inside the bar the line is a notch; past it a thin rule: visible without colour.
                buffer.write(rc < filled ? "┃" : "│", x: barX + rc, y: y, style: theme.reference, clip: area)
            }
            let value = bar.shownValue
            buffer.write(value, x: area.maxX - DisplayWidth.of(value), y: y,
                         style: bar.value == nil ? theme.dim : theme.normal, clip: area)
        }
        if let ref = reference, let rc = referenceColumn, bars.count < area.height, barWidth > 0 {
            let y = area.y + bars.count
            let maxText = String(Int(maximum.rounded()))
            buffer.write("0", x: barX, y: y, style: theme.dim, clip: area)
            buffer.write(maxText, x: barX + barWidth - DisplayWidth.of(maxText), y: y, style: theme.dim, clip: area)
            let refText = String(Int(ref.rounded()))
            let refX = min(max(barX + 2, barX + rc - DisplayWidth.of(refText) / 2),
                           barX + barWidth - DisplayWidth.of(maxText) - DisplayWidth.of(refText) - 1)
            if refX >= barX + 2 { buffer.write(refText, x: refX, y: y, style: theme.reference, clip: area) }
        }
    }
}
