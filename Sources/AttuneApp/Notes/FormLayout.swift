import AttuneTUI

/// A titled group of fields in a form ("Trigger", "Origin"), with an optional note beside the title.
struct FormSection: Hashable, Sendable {
    let title: String
    let note: String
    /// Shown with a star: at least one field in the section must be filled.
    let required: Bool
    init(_ title: String, note: String = "", required: Bool = false) {
        self.title = title; self.note = note; self.required = required
    }
}

/// Where each part of a form goes at a given width, in form coordinates (row 0 is the form's first row).
/// Pure: the screen computes it again for every key and every frame, so it never goes stale after a resize.
struct FormLayout {
    struct Frame: Hashable {
        /// First row of the field, or of its section header when the field opens a section.
        var top: Int
        var label: Rect
        var editor: Rect
        var bottom: Int { max(label.maxY, editor.maxY) }
    }

    /// Marker column ("▸ ") plus the label column, for fields whose label sits beside the editor.
    static let labelColumn = 16
    /// Below this width, lists and long text go under their label instead of beside it.
    static let besideMinimum = 50

    private(set) var frames: [Frame] = []
    private(set) var headers: [(y: Int, section: Int)] = []
    private(set) var height = 0

    init(sections: [Int], fields: [FormField], width: Int, focus: Int) {
        let w = max(1, width)
        let beside = w >= Self.besideMinimum
        var y = 0
        var lastSection = -1
        for (i, field) in fields.enumerated() {
            let top = y
            if sections[i] != lastSection {
                headers.append((y, sections[i]))
                lastSection = sections[i]
                y += 1
            }
            let editorX = Self.labelColumn + 1
            switch field.editor {
            case .line:
                frames.append(Frame(top: top, label: Rect(x: 0, y: y, width: min(w, Self.labelColumn), height: 1),
                                    editor: Rect(x: editorX, y: y, width: w - editorX, height: 1)))
                y += 1
            case .toggle:
                frames.append(Frame(top: top, label: Rect(x: 0, y: y, width: w, height: 1),
                                    editor: Rect(x: 2, y: y, width: w - 2, height: 1)))
                y += 1
            case .reactions(let grid):
                let h = grid.height(width: w - 2)
                frames.append(Frame(top: top, label: Rect(x: 0, y: y, width: w, height: 1),
                                    editor: Rect(x: 2, y: y + 1, width: w - 2, height: h)))
                y += 1 + h
            case .chips, .text:
                var onSide = beside
                if beside, case .chips(let c) = field.editor {
                    // Long option labels pack better across the full width, under the label.
                    onSide = c.height(width: w - editorX) <= c.height(width: w - 2) + 1
                }
                let x = onSide ? editorX : 2
                let ew = max(1, w - x)
                let h = Self.editorHeight(field, width: ew, focused: i == focus)
                let labelRect = Rect(x: 0, y: y, width: onSide ? Self.labelColumn : w, height: 1)
                let editorY = onSide ? y : y + 1
                frames.append(Frame(top: top, label: labelRect, editor: Rect(x: x, y: editorY, width: ew, height: h)))
                y = editorY + h
            }
        }
        height = y
    }

    /// Long text grows with what is written (up to a limit, then it scrolls inside); the focused one keeps a
    /// free row to type into.
    static func editorHeight(_ field: FormField, width: Int, focused: Bool) -> Int {
        switch field.editor {
        case .chips(let c): return c.height(width: width)
        case .text(let a):
            let rows = a.isEmpty ? 1 : a.lines.reduce(0) { $0 + Wrap.lines($1, width: width).count.clamped(1, .max) }
            return focused ? (rows + 1).clamped(3, 8) : rows.clamped(1, 6)
        default: return 1
        }
    }

    /// The scroll offset that keeps `focus` on screen, moving as little as possible from `scroll`.
    func scroll(keeping focus: Int, visible: Int, from scroll: Int) -> Int {
        guard frames.indices.contains(focus), visible > 0 else { return 0 }
        let f = frames[focus]
        var s = min(max(0, scroll), max(0, height - visible))
        if f.bottom > s + visible { s = f.bottom - visible }
        if f.top < s { s = f.top }
        return max(0, s)
    }

    /// The first field whose frame starts at or after row `y` (for paging).
    func field(atOrBelow y: Int) -> Int? { frames.firstIndex { $0.top >= y } }
}

extension Int {
    func clamped(_ lo: Int, _ hi: Int) -> Int { Swift.min(Swift.max(self, lo), hi) }
}
