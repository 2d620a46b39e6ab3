/// A multi-select list: Space ticks an item; when the list has an intensity scale, digits 1…max set the
/// highlighted item's intensity (and tick it), 0 clears it. Items with a note show a ✎ marker.
public struct Checklist: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var id: String
        public var label: String
        public var checked: Bool
        public var intensity: Int?
        public var hasNote: Bool
        public init(id: String, label: String, checked: Bool = false, intensity: Int? = nil, hasNote: Bool = false) {
            self.id = id; self.label = label; self.checked = checked; self.intensity = intensity; self.hasNote = hasNote
        }
    }

    public var items: [Item]
    public var highlighted: Int = 0
    /// Highest intensity (3 or 5 in Attune's forms), or nil for a plain checklist.
    public var intensityMax: Int?

    public init(items: [Item], intensityMax: Int? = nil) {
        self.items = items
        self.intensityMax = intensityMax
    }

    public var checkedIDs: [String] { items.filter(\.checked).map(\.id) }

    public mutating func handle(_ key: Key) -> ListOutcome {
        if let i = navigate(key, index: highlighted, count: items.count, page: 5) {
            highlighted = i
            return .moved
        }
        guard items.indices.contains(highlighted) else { return .ignored }
        if key == .char(" ") {
            items[highlighted].checked.toggle()
            if !items[highlighted].checked { items[highlighted].intensity = nil }
            return .changed(highlighted)
        }
        if let maxLevel = intensityMax, let d = KeyMap.digit(key), d <= maxLevel {
            if d == 0 {
                items[highlighted].intensity = nil
            } else {
                items[highlighted].intensity = d
                items[highlighted].checked = true
            }
            return .changed(highlighted)
        }
        return .ignored
    }

    /// "●●○" for intensity 2 of 3; blanks when unset so the column stays aligned.
    func intensityText(_ item: Item) -> String {
        guard let maxLevel = intensityMax else { return "" }
        guard let level = item.intensity else { return String(repeating: "·", count: maxLevel) }
        return String(repeating: "●", count: min(level, maxLevel)) + String(repeating: "○", count: max(0, maxLevel - level))
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        let top = scrolledTop(top: 0, selected: highlighted, height: area.height, count: items.count)
        let trailing = (intensityMax.map { $0 + 1 } ?? 0) + 2  // intensity, space, note marker, space
        for (row, i) in (top..<min(items.count, top + area.height)).enumerated() {
            let item = items[i]
            let y = area.y + row
            let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
            buffer.fill(rowRect, style: theme.normal)
            let box = item.checked ? "[x] " : "[ ] "
            let labelWidth = max(0, area.width - 4 - trailing)
            buffer.write(box + DisplayWidth.pad(item.label, to: labelWidth), x: area.x, y: y,
                         style: item.checked ? theme.accent : theme.normal, clip: rowRect)
            if area.width >= 4 + trailing {
                var x = area.x + 4 + labelWidth
                if intensityMax != nil {
                    x = buffer.write(" " + intensityText(item), x: x, y: y, style: theme.accent, clip: rowRect)
                }
                buffer.write(item.hasNote ? " ✎" : "  ", x: x, y: y, style: theme.hint, clip: rowRect)
            }
            if i == highlighted {
                let highlight = focused ? theme.selection : theme.inactiveSelection
                buffer.restyle(rowRect) { $0 = $0.merged(with: highlight) }
            }
        }
    }
}
