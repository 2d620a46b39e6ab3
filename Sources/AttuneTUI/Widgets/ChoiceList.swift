/// A single-choice list: arrows or j/k move, Home/End jump, Enter or Space picks, digits 1–9 pick directly.
public struct ChoiceList: Hashable, Sendable {
    public var items: [String]
    /// The item under the cursor.
    public var highlighted: Int
    /// The item picked, shown with a filled marker.
    public var chosen: Int?

    public init(items: [String], chosen: Int? = nil) {
        self.items = items
        self.chosen = chosen.flatMap { items.indices.contains($0) ? $0 : nil }
        highlighted = self.chosen ?? 0
    }

    public mutating func handle(_ key: Key) -> ListOutcome {
        if let i = navigate(key, index: highlighted, count: items.count, page: 5) {
            highlighted = i
            return .moved
        }
        switch key {
        case .enter, .char(" "):
            guard items.indices.contains(highlighted) else { return .ignored }
            chosen = highlighted
            return .chosen(highlighted)
        default:
            if let d = KeyMap.digit(key), d >= 1, d <= min(9, items.count) {
                highlighted = d - 1
                chosen = d - 1
                return .chosen(d - 1)
            }
            return .ignored
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        let top = scrolledTop(top: 0, selected: highlighted, height: area.height, count: items.count)
        for (row, i) in (top..<min(items.count, top + area.height)).enumerated() {
            let y = area.y + row
            let number = i < 9 ? "\(i + 1) " : "  "
            let marker = chosen == i ? "(•) " : "( ) "
            let style = chosen == i ? theme.accent : theme.normal
            let line = DisplayWidth.pad(number + marker + items[i], to: area.width)
            buffer.write(line, x: area.x, y: y, style: style, clip: area)
            if i == highlighted {
                let highlight = focused ? theme.selection : theme.inactiveSelection
                buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0 = $0.merged(with: highlight) }
            }
        }
    }
}
