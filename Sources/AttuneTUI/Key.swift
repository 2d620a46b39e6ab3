/// A key press, decoded by the backend. Printable text arrives as `.char`; control letters as `.ctrl`.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)  // lower-case letter: .ctrl("s") is Ctrl-S
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)

    public var description: String {
        switch self {
        case .char(let c): return c == " " ? "Space" : String(c)
        case .ctrl(let c): return "^" + c.uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        }
    }

    /// True for a key that types text into a field.
    public var isPrintable: Bool { if case .char = self { return true }; return false }
}

/// What the runtime feeds to a program's `update`.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// A bracketed paste or a burst of text typed faster than keys (kept whole, never split into commands).
    case paste(String)
    case resize(Size)
    /// Sent about once a second when idle, for clocks and autosave.
    case tick
    /// The external editor closed: `text` is the file's new content, nil when the edit failed or was abandoned.
    case edited(id: String, text: String?)
    /// The program was resumed after Ctrl-Z / an editor: everything must be repainted.
    case resumed
}
