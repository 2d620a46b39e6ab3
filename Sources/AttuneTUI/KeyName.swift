/// Key names as people write them in the config file (`bind = F2 ^S`) and as the hint line shows them.
extension Key {
    public init?(name raw: String) {
        let name = raw.trimmingCharacters(in: .whitespaces)
        let lower = name.lowercased()
        switch lower {
        case "esc", "escape": self = .escape
        case "enter", "return": self = .enter
        case "tab": self = .tab
        case "s-tab", "shift-tab", "backtab": self = .backTab
        case "bksp", "backspace": self = .backspace
        case "del", "delete": self = .delete
        case "ins", "insert": self = .insert
        case "up", "↑": self = .up
        case "down", "↓": self = .down
        case "left", "←": self = .left
        case "right", "→": self = .right
        case "home": self = .home
        case "end": self = .end
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "space": self = .char(" ")
        default:
            if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
                self = .function(n)
            } else if (lower.hasPrefix("^") || lower.hasPrefix("c-")), let c = lower.last, lower.count == (lower.hasPrefix("^") ? 2 : 3),
                      c.isASCII, c.isLetter {
                self = .ctrl(c)
            } else if name.count == 1, let c = name.first {
                self = .char(c)
            } else {
                return nil
            }
        }
    }
}
