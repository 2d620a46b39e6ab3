import AttuneTUI

/// A scrolling form of sections and fields with one field in focus. Generic: the note form fills it with the
/// note's fields; the screen decides what the values mean. The focused field is always scrolled into view.
struct FormModel: Hashable, Sendable {
    var sections: [FormSection]
    private(set) var fields: [FormField] = []
    /// Section index of each field.
    private(set) var sectionOf: [Int] = []
    var focus = 0
    var scroll = 0

    init(sections: [FormSection]) { self.sections = sections }

    mutating func add(_ field: FormField, section: Int) {
        fields.append(field)
        sectionOf.append(section)
    }

    func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }

    subscript(id: String) -> FormField? {
        get { index(of: id).map { fields[$0] } }
        set { if let i = index(of: id), let newValue { fields[i] = newValue } }
    }

    var focused: FormField { fields[focus] }

    func layout(width: Int) -> FormLayout {
        FormLayout(sections: sectionOf, fields: fields, width: width, focus: focus)
    }

    mutating func move(by delta: Int) { focus = (focus + delta).clamped(0, fields.count - 1) }

    /// First field of the next (or previous) section.
    mutating func jumpSection(forward: Bool) {
        let current = sectionOf[focus]
        if forward {
            if let i = sectionOf.firstIndex(where: { $0 > current }) { focus = i }
        } else {
            let start = sectionOf.firstIndex(of: current) ?? 0
            if focus > start { focus = start } else if let prev = sectionOf[..<start].last {
                focus = sectionOf.firstIndex(of: prev) ?? 0
            }
        }
    }

    /// Routes a key to the focused field and follows its wish to move on. `viewport` is the form's area.
    mutating func handle(_ key: Key, viewport: Size) -> FormField.Outcome {
        let frame = layout(width: viewport.width).frames[focus]
        if case .text(var area) = fields[focus].editor {
            area.viewport = frame.editor.size
            fields[focus].editor = .text(area)
        }
        let outcome = fields[focus].handle(key, width: frame.editor.width)
        switch outcome {
        case .next: move(by: 1)
        case .previous: move(by: -1)
        default: break
        }
        keepFocusVisible(viewport: viewport)
        return outcome
    }

    mutating func keepFocusVisible(viewport: Size) {
        scroll = layout(width: viewport.width).scroll(keeping: focus, visible: viewport.height, from: scroll)
    }

    /// Draws the visible part of the form. `missing` holds ids of required fields still empty: their star is
    /// drawn as a warning so what blocks saving is visible in place.
    func render(into buffer: inout Buffer, area: Rect, theme: Theme, missing: Set<String>) {
        guard !area.isEmpty else { return }
        let layout = layout(width: area.width)
        var page = Buffer(width: area.width, height: max(1, layout.height))
        for (y, s) in layout.headers {
            let section = sections[s]
            var x = page.write("── ", x: 0, y: y, style: theme.dim)
            x = page.write(section.title, x: x, y: y, style: theme.title)
            if section.required { x = page.write(" *", x: x, y: y, style: theme.title) }
            if !section.note.isEmpty { x = page.write("  " + section.note, x: x, y: y, style: theme.dim) }
            if x + 1 < area.width { page.write(" " + String(repeating: "─", count: area.width - x - 1), x: x, y: y, style: theme.dim) }
        }
        for (i, field) in fields.enumerated() {
            let frame = layout.frames[i]
            let isFocused = i == focus
            let labelStyle = isFocused ? theme.focus : theme.normal
            var x = page.write(isFocused ? "▸ " : "  ", x: frame.label.x, y: frame.label.y, style: theme.focus,
                               clip: frame.label)
            if case .toggle(let on) = field.editor {
                x = page.write(on ? "[x] " : "[ ] ", x: x, y: frame.label.y, style: on ? theme.accent : theme.normal,
                               clip: frame.label)
                page.write(field.label, x: x, y: frame.label.y, style: labelStyle, clip: frame.label)
                if isFocused { page.restyle(Rect(x: 2, y: frame.label.y, width: 3, height: 1)) { $0 = $0.merged(with: theme.selection) } }
                continue
            }
            x = page.write(field.label, x: x, y: frame.label.y, style: labelStyle, clip: frame.label)
            if field.required {
                page.write(" *", x: x, y: frame.label.y, style: missing.contains(field.id) ? theme.warning : labelStyle,
                           clip: frame.label)
            }
            switch field.editor {
            case .line(let f): f.render(into: &page, area: frame.editor, focused: isFocused, theme: theme)
            case .text(let a):
                if a.isEmpty && !isFocused {
                    page.write("–", x: frame.editor.x, y: frame.editor.y, style: theme.dim, clip: frame.editor)
                } else {
                    a.render(into: &page, area: frame.editor, focused: isFocused, theme: theme)
                }
            case .chips(let c): c.render(into: &page, area: frame.editor, focused: isFocused, theme: theme)
            case .reactions(let g): g.render(into: &page, area: frame.editor, focused: isFocused, theme: theme)
            case .toggle: break
            }
        }
        // Clamped again here: the screen may be drawn at another size than the last key was handled at.
        let top = layout.scroll(keeping: focus, visible: area.height, from: scroll)
        for row in 0..<min(area.height, layout.height - top) {
            for col in 0..<area.width { buffer[area.x + col, area.y + row] = page[col, top + row] }
        }
        if let c = page.cursor, c.y >= top, c.y < top + area.height {
            buffer.cursor = Point(x: area.x + c.x, y: area.y + c.y - top)
        } else {
            buffer.cursor = nil
        }
        if top > 0 { buffer.write("↑", x: area.maxX - 1, y: area.y, style: theme.dim) }
        if top + area.height < layout.height { buffer.write("↓", x: area.maxX - 1, y: area.maxY - 1, style: theme.dim) }
    }
}
