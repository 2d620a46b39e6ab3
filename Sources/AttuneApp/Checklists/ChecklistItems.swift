import AttuneDomain
import AttuneTUI

/// The barrier items grouped under their barriers, one answer each: present or absent, an optional severity
/// 1–3 and an optional note. Space toggles, 1–3 set the severity (and mark present), 0 clears it,
/// arrows or j/k move. Answers for items no longer in the definition are kept and written back unchanged.
struct ChecklistItems: Hashable, Sendable {
    enum Outcome: Hashable { case changed, moved, ignored }
    enum Row: Hashable, Sendable { case group(ChecklistDefinition.Group), item(Int) }

    static let maxSeverity = 3

    let definition: ChecklistDefinition
    /// Items in display order: grouped by barrier, in the definition's order.
    let items: [ChecklistDefinition.Item]
    private(set) var answers: [String: BarrierChecklist.Answer] = [:]
    /// Answers whose id the definition does not know (kept as they were).
    let unknownAnswers: [BarrierChecklist.Answer]
    var highlighted = 0

    init(definition: ChecklistDefinition, answers: [BarrierChecklist.Answer] = []) {
        self.definition = definition
        items = definition.groups.flatMap { definition.items(in: $0.id) }
        let known = Set(items.map(\.id))
        for a in answers where known.contains(a.id) { self.answers[a.id] = a }
        unknownAnswers = answers.filter { !known.contains($0.id) }
    }

    /// Group headers and items, as drawn.
    var rows: [Row] {
        var out: [Row] = []
        var last = ""
        for (i, item) in items.enumerated() {
            if item.group != last, let g = definition.group(item.group) { out.append(.group(g)); last = item.group }
            out.append(.item(i))
        }
        return out
    }

    func answer(_ i: Int) -> BarrierChecklist.Answer { answers[items[i].id] ?? .init(id: items[i].id, present: false) }

    /// Every item answered (absent unless marked), in display order, then the unknown ones.
    var allAnswers: [BarrierChecklist.Answer] { items.indices.map(answer) + unknownAnswers }

    var presentCount: Int { items.indices.filter { answer($0).present }.count }

    mutating func update(_ i: Int, _ change: (inout BarrierChecklist.Answer) -> Void) {
        var a = answer(i)
        change(&a)
        if !a.present { a.severity = nil }
        answers[items[i].id] = a
    }

    mutating func setNote(_ note: String) {
        guard items.indices.contains(highlighted) else { return }
        update(highlighted) { $0.note = note.trimmingCharacters(in: .whitespaces) }
    }

    mutating func handle(_ key: Key, page: Int) -> Outcome {
        guard !items.isEmpty else { return .ignored }
        let last = items.count - 1
        switch key {
        case .up, .char("k"): highlighted = max(0, highlighted - 1); return .moved
        case .down, .char("j"): highlighted = min(last, highlighted + 1); return .moved
        case .pageUp: highlighted = max(0, highlighted - max(1, page)); return .moved
        case .pageDown: highlighted = min(last, highlighted + max(1, page)); return .moved
        case .home, .char("g"): highlighted = 0; return .moved
        case .end, .char("G"): highlighted = last; return .moved
        case .char(" "), .char("x"): update(highlighted) { $0.present.toggle() }; return .changed
        case .backspace, .delete: update(highlighted) { $0.severity = nil }; return .changed
        default:
            guard let d = KeyMap.digit(key), d <= Self.maxSeverity else { return .ignored }
            update(highlighted) { a in
                if d == 0 { a.severity = nil } else { a.severity = d; a.present = true }
            }
            return .changed
        }
    }

    /// "●●○" for severity 2 of 3, blank dots when present without severity, nothing when absent.
    func severityText(_ a: BarrierChecklist.Answer) -> String {
        guard a.present else { return "   " }
        guard let s = a.severity else { return "···" }
        return String(repeating: "●", count: s) + String(repeating: "○", count: Self.maxSeverity - s)
    }

    /// First row shown; moved as little as possible to keep the highlighted item (and its group header) visible.
    var top = 0

    func visibleTop(height: Int) -> Int {
        let rows = rows
        guard height > 0, let selected = rows.firstIndex(of: .item(highlighted)) else { return 0 }
        // The header right above the first item of a group comes into view with it.
        let anchor = selected > 0 && rows[selected - 1] != .item(highlighted - 1) ? selected - 1 : selected
        var t = min(top, max(0, rows.count - height))
        if anchor < t { t = anchor }
        if selected >= t + height { t = selected - height + 1 }
        return max(0, t)
    }

    mutating func keepVisible(height: Int) { top = visibleTop(height: height) }

    /// Draws the rows that fit from `visibleTop`.
    func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        let rows = rows
        let top = visibleTop(height: area.height)
        for (k, row) in rows.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + k
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            switch row {
            case .group(let g):
                let n = items.indices.filter { items[$0].group == g.id && answer($0).present }.count
                let x = buffer.write(g.title, x: area.x, y: y, style: theme.title, clip: line)
                if n > 0 { buffer.write("  \(n) present", x: x, y: y, style: theme.accent, clip: line) }
            case .item(let i):
                let a = answer(i)
                let trailing = 3 + 2
                let textWidth = max(0, area.width - 4 - trailing - 1)
                let text = (a.present ? "[x] " : "[ ] ") + DisplayWidth.pad(items[i].text, to: textWidth) + " "
                var x = buffer.write(text, x: area.x, y: y, style: a.present ? theme.accent : theme.normal, clip: line)
                x = buffer.write(severityText(a), x: x, y: y, style: theme.accent, clip: line)
                buffer.write(a.note.isEmpty ? "  " : " ✎", x: x, y: y, style: theme.hint, clip: line)
                if i == highlighted {
                    buffer.restyle(line) { $0 = $0.merged(with: focused ? theme.selection : theme.inactiveSelection) }
                }
            }
        }
    }
}
