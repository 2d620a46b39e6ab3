/// A modal question in a centred box. Each choice has a letter; Left/Right/Tab move between choices, Enter
/// takes the highlighted one, Esc cancels. While it is shown it takes every key.
public struct ConfirmDialog: Hashable, Sendable {
    public enum Answer: Hashable, Sendable { case yes, no, reload, keepBoth, cancel }

    public struct Choice: Hashable, Sendable {
        public var key: Character
        public var label: String
        public var answer: Answer
        public init(key: Character, label: String, answer: Answer) {
            self.key = key; self.label = label; self.answer = answer
        }
    }

    public enum Outcome: Hashable, Sendable {
        case answered(Answer)
        /// The key was taken (highlight moved or unknown key swallowed): the dialog stays.
        case consumed
    }

    public var title: String
    public var message: String
    public var choices: [Choice]
    public var highlighted: Int

    public init(title: String, message: String, choices: [Choice], highlighted: Int = 0) {
        self.title = title; self.message = message; self.choices = choices
        self.highlighted = min(max(0, highlighted), max(0, choices.count - 1))
    }

    /// y / n. Esc answers `.cancel`, which callers treat as "no".
    public static func yesNo(title: String, message: String, yes: String = "Yes", no: String = "No",
                             defaultYes: Bool = false) -> ConfirmDialog {
        ConfirmDialog(title: title, message: message,
                      choices: [Choice(key: "y", label: yes, answer: .yes), Choice(key: "n", label: no, answer: .no)],
                      highlighted: defaultYes ? 0 : 1)
    }

    /// The file changed on disk: reload it, keep both versions, or cancel (the safe default).
    public static func reloadKeepCancel(title: String, message: String) -> ConfirmDialog {
        ConfirmDialog(title: title, message: message,
                      choices: [Choice(key: "r", label: "Reload", answer: .reload),
                                Choice(key: "k", label: "Keep both", answer: .keepBoth),
                                Choice(key: "c", label: "Cancel", answer: .cancel)],
                      highlighted: 2)
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .answered(.cancel)
        case .enter:
            return choices.indices.contains(highlighted) ? .answered(choices[highlighted].answer) : .consumed
        case .left, .backTab, .char("h"):
            highlighted = max(0, highlighted - 1); return .consumed
        case .right, .tab, .char("l"):
            highlighted = min(max(0, choices.count - 1), highlighted + 1); return .consumed
        case .char(let c):
            let lower = Character(c.lowercased())
            if let choice = choices.first(where: { $0.key == lower }) { return .answered(choice.answer) }
            return .consumed
        default:
            return .consumed
        }
    }

    func buttonText(_ choice: Choice, compact: Bool) -> String {
        compact ? "(\(choice.key)) \(choice.label)" : "[ \(choice.label) (\(choice.key)) ]"
    }

    /// Draws the dialog centred in `area` (usually the whole screen), over whatever is there.
    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = true, theme: Theme) {
        guard area.width >= 4, area.height >= 3 else { return }
        var buttons = choices.map { buttonText($0, compact: false) }
        let buttonsWidth = buttons.reduce(0) { $0 + DisplayWidth.of($1) } + 2 * max(0, buttons.count - 1)
        let wanted = max(buttonsWidth, min(DisplayWidth.of(message), 56), DisplayWidth.of(title) + 4) + 4
        let width = min(area.width, max(24, wanted))
        let inner = width - 4
        let messageLines = Wrap.lines(message, width: inner)
        if buttons.contains(where: { DisplayWidth.of($0) > inner }) {
            buttons = choices.map { DisplayWidth.truncate(buttonText($0, compact: true), to: inner) }
        }
        // Buttons flow onto several lines when the box is narrow.
        var buttonRows: [[Int]] = [[]]
        var x = 0
        for (i, b) in buttons.enumerated() {
            let w = DisplayWidth.of(b)
            if x > 0, x + w > inner { buttonRows.append([]); x = 0 }
            buttonRows[buttonRows.count - 1].append(i)
            x += w + 2
        }
        let height = min(area.height, messageLines.count + buttonRows.count + 3)
        let box = area.centered(width: width, height: height)
        buffer.cursor = nil  // modal: a field underneath no longer takes input
        buffer.fill(box, style: theme.normal)
        buffer.box(box, title: title, style: theme.focus, titleStyle: theme.title)
        let content = box.inset(dx: 2, dy: 1)
        var y = content.y
        for line in messageLines where y < content.maxY - buttonRows.count {
            buffer.write(line, x: content.x, y: y, style: theme.normal, clip: content)
            y += 1
        }
        y = max(y + (y < content.maxY - buttonRows.count ? 1 : 0), content.maxY - buttonRows.count)
        for row in buttonRows where y < content.maxY {
            var bx = content.x
            for i in row {
                let style = i == highlighted ? theme.selection : theme.normal
                bx = buffer.write(buttons[i], x: bx, y: y, style: style, clip: content) + 2
            }
            y += 1
        }
    }
}
