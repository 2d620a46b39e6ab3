import AttuneDomain
import AttuneTUI

/// The reaction families as a compact grid: each cell is a family with its intensity (1–5) as dots.
/// Arrows or h/j/k/l move through the grid; a digit 1–5 marks the family with that intensity, Space marks it
/// at a middle intensity or unmarks it, 0 or Backspace unmarks. Up on the top row and Down on the bottom row
/// are not used, so the form moves to the neighbouring field.
struct ReactionGrid: Hashable, Sendable {
    enum Outcome: Hashable { case changed, moved, ignored }

    static let maxIntensity = 5
    /// What Space gives a family that has no intensity yet: the middle of the scale, easy to adjust with a digit.
    static let defaultIntensity = 3
    /// Cell width: "[x] " + the longest family label + " " + five dots, plus a gap.
    static let cellWidth = 4 + 27 + 1 + maxIntensity

    let families: [Choice]
    /// Intensity per family index; absent means not marked.
    private(set) var intensities: [Int: Int] = [:]
    var highlighted = 0

    init(families: [Choice] = NoteVocabulary.reactionFamilies, reactions: [CountertransferenceNote.Reaction] = []) {
        self.families = families
        for r in reactions {
            if let i = families.firstIndex(where: { $0.id == r.family }) {
                intensities[i] = min(Self.maxIntensity, max(1, r.intensity))
            }
        }
    }

    /// Marked families in vocabulary order.
    var reactions: [CountertransferenceNote.Reaction] {
        families.indices.compactMap { i in intensities[i].map { .init(family: families[i].id, intensity: $0) } }
    }

    static func columns(width: Int) -> Int { max(1, (width + 1) / (cellWidth + 1)) }
    func height(width: Int) -> Int { (families.count + Self.columns(width: width) - 1) / Self.columns(width: width) }

    mutating func handle(_ key: Key, width: Int) -> Outcome {
        let cols = Self.columns(width: width)
        let count = families.count
        switch key {
        case .left, .char("h"):
            guard highlighted % cols > 0 else { return .moved }
            highlighted -= 1; return .moved
        case .right, .char("l"):
            guard highlighted % cols < cols - 1, highlighted + 1 < count else { return .moved }
            highlighted += 1; return .moved
        case .up, .char("k"):
            guard highlighted - cols >= 0 else { return .ignored }
            highlighted -= cols; return .moved
        case .down, .char("j"):
            guard highlighted + cols < count else {
                // A last row that is shorter than the one above: step onto it rather than leave the grid.
                let lastRowStart = (count - 1) / cols * cols
                if highlighted < lastRowStart { highlighted = count - 1; return .moved }
                return .ignored
            }
            highlighted += cols; return .moved
        case .home: highlighted = 0; return .moved
        case .end: highlighted = count - 1; return .moved
        case .char(" "):
            intensities[highlighted] = intensities[highlighted] == nil ? Self.defaultIntensity : nil
            return .changed
        case .backspace, .delete:
            intensities[highlighted] = nil
            return .changed
        default:
            guard let d = KeyMap.digit(key), d <= Self.maxIntensity else { return .ignored }
            intensities[highlighted] = d == 0 ? nil : d
            return .changed
        }
    }

    func dots(_ i: Int) -> String {
        guard let level = intensities[i] else { return String(repeating: "·", count: Self.maxIntensity) }
        return String(repeating: "●", count: level) + String(repeating: "○", count: Self.maxIntensity - level)
    }

    func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        let cols = Self.columns(width: area.width)
        let cell = min(Self.cellWidth, area.width)
        for i in families.indices {
            let row = i / cols, col = i % cols
            guard row < area.height else { break }
            let x = area.x + col * (Self.cellWidth + 1)
            let rect = Rect(x: x, y: area.y + row, width: cell, height: 1)
            let marked = intensities[i] != nil
            let labelWidth = max(0, cell - 4 - 1 - Self.maxIntensity)
            let text = (marked ? "[x] " : "[ ] ") + DisplayWidth.pad(families[i].label, to: labelWidth) + " " + dots(i)
            var style = marked ? theme.accent : theme.normal
            if focused && i == highlighted { style = style.merged(with: theme.selection) }
            buffer.write(text, x: x, y: area.y + row, style: style, clip: rect)
        }
    }
}
