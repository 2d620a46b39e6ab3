import AttuneTUI

/// The "review findings" step of saving: each possible identifier is shown in its context with its reason,
/// and the writer replaces it with a placeholder, keeps it (not asked again for this entry), or goes back to
/// the form. Only when every finding is answered does the save go on.
struct FindingsReview: Hashable, Sendable {
    enum Outcome: Hashable {
        case consumed
        /// Every finding answered: apply `replaced` and save.
        case finished
        /// Back to the form, at the current finding's field; answers so far still count.
        case back
    }

    let findings: [IdentifierFinding]
    /// Field label per field id, for "in Trigger · In my words".
    let labels: [String: String]
    /// Each field's text as it was scanned, for showing the context around a finding.
    let texts: [String: String]
    private(set) var index = 0
    private(set) var replaced: [IdentifierFinding] = []
    private(set) var kept: [IdentifierFinding] = []
    /// Highlighted button: 0 replace, 1 keep, 2 go back.
    private(set) var button = 0

    init(findings: [IdentifierFinding], labels: [String: String], texts: [String: String]) {
        self.findings = findings; self.labels = labels; self.texts = texts
    }

    var current: IdentifierFinding { findings[index] }

    /// Rows the box usually takes (border, field, context, a reason line, buttons on two rows): forms keep the
    /// reviewed field above it.
    static let typicalHeight = 7

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .char("r"), .char("R"): return answer(0)
        case .char("k"), .char("K"): return answer(1)
        case .char("b"), .char("B"), .escape: return .back
        case .left, .backTab: button = max(0, button - 1); return .consumed
        case .right, .tab: button = min(2, button + 1); return .consumed
        case .enter: return answer(button)
        default: return .consumed
        }
    }

    private mutating func answer(_ choice: Int) -> Outcome {
        switch choice {
        case 0: replaced.append(current)
        case 1: kept.append(current)
        default: return .back
        }
        button = 0
        if index + 1 < findings.count { index += 1; return .consumed }
        return .finished
    }

    var hints: [KeyHint] { [KeyHint("r", "replace"), KeyHint("k", "keep"), KeyHint("b", "go back")] }

    /// The line around the finding, cut to `width` with the finding kept in view: (before, hit, after).
    func context(width: Int) -> (String, String, String) {
        let text = texts[current.field] ?? current.text
        let bytes = Array(text.utf8)
        guard current.utf8Range.upperBound <= bytes.count else { return ("", current.text, "") }
        var before = String(decoding: bytes[..<current.utf8Range.lowerBound], as: UTF8.self)
        var after = String(decoding: bytes[current.utf8Range.upperBound...], as: UTF8.self)
        if let nl = before.lastIndex(of: "\n") { before = String(before[before.index(after: nl)...]) }
        if let nl = after.firstIndex(of: "\n") { after = String(after[..<nl]) }
        let hit = DisplayWidth.truncate(current.text, to: max(1, width))
        let room = max(0, width - DisplayWidth.of(hit))
        let beforeRoom = min(DisplayWidth.of(before), room / 2 + max(0, room / 2 - DisplayWidth.of(after)))
        if DisplayWidth.of(before) > beforeRoom {
            // Keep the end of the text before the hit: that is what leads into it.
            var tail = ""
            for ch in before.reversed() {
                if DisplayWidth.of(tail) + DisplayWidth.of(ch) + 1 > beforeRoom { break }
                tail = String(ch) + tail
            }
            before = beforeRoom > 0 ? "…" + tail : ""
        }
        after = DisplayWidth.truncate(after, to: max(0, room - DisplayWidth.of(before)))
        return (before, hit, after)
    }

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.width >= 12, area.height >= 5 else { return }
        let inner = area.width - 4
        let buttons = ["Replace with \(current.placeholder) (r)", "Keep (k)", "Go back (b)"].map { "[ \($0) ]" }
        var rows: [[Int]] = [[]]
        var x = 0
        for (i, b) in buttons.enumerated() {
            let w = DisplayWidth.of(b)
            if x > 0, x + w > inner { rows.append([]); x = 0 }
            rows[rows.count - 1].append(i)
            x += w + 1
        }
        let reason = Wrap.lines(current.reason, width: inner)
        let height = min(area.height, 2 + 2 + reason.count + rows.count)
        let box = Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
        buffer.fill(box, style: theme.normal)
        buffer.box(box, title: "Possible identifier \(index + 1) of \(findings.count)", style: theme.warning,
                   titleStyle: theme.warning)
        let content = box.inset(dx: 2, dy: 1)
        var y = content.y
        buffer.write("in " + (labels[current.field] ?? current.field), x: content.x, y: y, style: theme.dim, clip: content)
        y += 1
        let (before, hit, after) = context(width: inner)
        var cx = buffer.write(before, x: content.x, y: y, style: theme.normal, clip: content)
        cx = buffer.write(hit, x: cx, y: y, style: theme.selection.merged(with: theme.warning), clip: content)
        buffer.write(after, x: cx, y: y, style: theme.normal, clip: content)
        y += 1
        for line in reason where y < content.maxY - rows.count {
            buffer.write(line, x: content.x, y: y, style: theme.warning, clip: content)
            y += 1
        }
        y = max(y, content.maxY - rows.count)
        for row in rows where y < content.maxY {
            var bx = content.x
            for i in row {
                bx = buffer.write(buttons[i], x: bx, y: y, style: i == button ? theme.selection : theme.normal, clip: content) + 1
            }
            y += 1
        }
        buffer.cursor = nil
    }
}
