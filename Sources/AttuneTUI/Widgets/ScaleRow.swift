/// A labelled rating scale (1–5, 0–4, …) whose labels are always visible: they flow onto more lines when the
/// area is narrow instead of being cut. Digits answer directly; Left/Right move; Enter or Space answers.
public struct ScaleRow: Hashable, Sendable {
    public var prompt: String
    /// One label per point, lowest first.
    public var labels: [String]
    /// The value of the first label (1 for a 1–5 scale, 0 for 0–4).
    public var lowest: Int
    public var value: Int?
    /// Index into `labels` under the cursor.
    public var highlighted: Int

    public enum Outcome: Hashable, Sendable {
        case answered(Int)
        case cleared
        case moved
        case ignored
    }

    public init(prompt: String, labels: [String], lowest: Int = 1, value: Int? = nil) {
        self.prompt = prompt
        self.labels = labels
        self.lowest = lowest
        self.value = value
        highlighted = value.map { min(max(0, $0 - lowest), max(0, labels.count - 1)) } ?? 0
    }

    public var range: ClosedRange<Int> { lowest...(lowest + max(0, labels.count - 1)) }

    public mutating func handle(_ key: Key) -> Outcome {
        guard !labels.isEmpty else { return .ignored }
        switch key {
        case .left, .char("h"):
            highlighted = max(0, highlighted - 1); return .moved
        case .right, .char("l"):
            highlighted = min(labels.count - 1, highlighted + 1); return .moved
        case .home: highlighted = 0; return .moved
        case .end: highlighted = labels.count - 1; return .moved
        case .enter, .char(" "):
            value = lowest + highlighted
            return .answered(lowest + highlighted)
        case .backspace, .delete:
            value = nil
            return .cleared
        default:
            if let d = KeyMap.digit(key), range.contains(d) {
                value = d
                highlighted = d - lowest
                return .answered(d)
            }
            return .ignored
        }
    }

    /// Each option as drawn: the chosen one in brackets, the others padded to the same width.
    func optionTexts() -> [String] {
        labels.enumerated().map { i, label in
            let body = "\(lowest + i) \(label)"
            return value == lowest + i ? "[" + body + "]" : " " + body + " "
        }
    }

    /// Options packed into lines of at most `width` cells: (line, x offset, option index).
    func optionLayout(width: Int) -> [(line: Int, x: Int, index: Int)] {
        var out: [(Int, Int, Int)] = []
        var line = 0, x = 0
        for (i, text) in optionTexts().enumerated() {
            let w = DisplayWidth.of(text)
            if x > 0, x + w > width { line += 1; x = 0 }
            out.append((line, x, i))
            x += w + 1
        }
        return out
    }

    /// Rows the scale needs at `width`: the wrapped prompt, then the options.
    public func height(forWidth width: Int) -> Int {
        let promptRows = prompt.isEmpty ? 0 : Wrap.lines(prompt, width: width).count
        return promptRows + (optionLayout(width: width).last.map { $0.line + 1 } ?? 0)
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.normal)
        var y = area.y
        if !prompt.isEmpty {
            for row in Wrap.lines(prompt, width: area.width) where y < area.maxY {
                buffer.write(row, x: area.x, y: y, style: focused ? theme.focus : theme.normal, clip: area)
                y += 1
            }
        }
        let texts = optionTexts()
        for (line, x, i) in optionLayout(width: area.width) where y + line < area.maxY {
            var style = value == lowest + i ? theme.accent : theme.normal
            if i == highlighted { style = style.merged(with: focused ? theme.selection : theme.inactiveSelection) }
            buffer.write(texts[i], x: area.x + x, y: y + line, style: style, clip: area)
        }
    }
}
