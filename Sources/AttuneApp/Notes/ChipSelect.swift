import AttuneDomain
import AttuneTUI

/// A compact multi- or single-choice field: options flow left to right as numbered chips ("1 [x] Approach"),
/// wrapping onto more rows when narrow. Left/Right move, Space toggles the highlighted chip, a digit toggles
/// (or picks) that chip at once. Up/Down are left to the form, so they move between fields.
struct ChipSelect: Hashable, Sendable {
    enum Outcome: Hashable { case changed, moved, ignored }

    let options: [Choice]
    /// True for a single choice (radio): picking one clears the others, picking it again clears it.
    let single: Bool
    private(set) var selected: Set<Int> = []
    var highlighted = 0

    init(options: [Choice], single: Bool = false, selectedIDs: [String] = []) {
        self.options = options
        self.single = single
        for id in selectedIDs { if let i = options.firstIndex(where: { $0.id == id }) { selected.insert(i) } }
        if single, let first = selected.min() { selected = [first] }
        highlighted = selected.min() ?? 0
    }

    /// Selected ids in the options' order (stable in the file whatever order they were ticked in).
    var selectedIDs: [String] { options.indices.filter { selected.contains($0) }.map { options[$0].id } }

    mutating func toggle(_ i: Int) {
        guard options.indices.contains(i) else { return }
        highlighted = i
        if selected.contains(i) {
            selected.remove(i)
        } else {
            if single { selected.removeAll() }
            selected.insert(i)
        }
    }

    mutating func handle(_ key: Key) -> Outcome {
        guard !options.isEmpty else { return .ignored }
        switch key {
        case .left, .char("h"): highlighted = max(0, highlighted - 1); return .moved
        case .right, .char("l"): highlighted = min(options.count - 1, highlighted + 1); return .moved
        case .home: highlighted = 0; return .moved
        case .end: highlighted = options.count - 1; return .moved
        case .char(" "): toggle(highlighted); return .changed
        case .backspace, .delete:
            guard !selected.isEmpty else { return .moved }
            if single { selected.removeAll() } else { selected.remove(highlighted) }
            return .changed
        default:
            if let d = KeyMap.digit(key), d >= 1, d <= min(9, options.count) {
                toggle(d - 1)
                return .changed
            }
            return .ignored
        }
    }

    func chipText(_ i: Int) -> String {
        let number = i < 9 ? "\(i + 1) " : "  "
        let mark = single ? (selected.contains(i) ? "(•) " : "( ) ") : (selected.contains(i) ? "[x] " : "[ ] ")
        return number + mark + options[i].label
    }

    /// Chips packed into rows of `width` cells: (row, x, option index). A chip wider than a row is cut on draw.
    func layout(width: Int) -> [(row: Int, x: Int, index: Int)] {
        var out: [(Int, Int, Int)] = []
        var row = 0, x = 0
        for i in options.indices {
            let w = DisplayWidth.of(chipText(i))
            if x > 0, x + w > width { row += 1; x = 0 }
            out.append((row, x, i))
            x += w + 2
        }
        return out
    }

    func height(width: Int) -> Int { (layout(width: width).last?.row ?? 0) + 1 }

    func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        for (row, x, i) in layout(width: area.width) where row < area.height {
            var style = selected.contains(i) ? theme.accent : theme.normal
            if focused && i == highlighted { style = style.merged(with: theme.selection) }
            buffer.write(chipText(i), x: area.x + x, y: area.y + row, style: style, clip: area)
        }
    }
}
