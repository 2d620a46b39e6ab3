/// What a key means to a screen, shared so every screen answers the same keys the same way.
/// Inside a text field, letters are text: `k`, `q` and `?` only navigate outside fields.
public enum KeyIntent: Hashable, Sendable {
    case up, down, back, confirm, help, pageUp, pageDown, top, bottom, next, previous
}

public enum KeyMap {
    /// The intent of a key, or nil when it has none (a letter to type, a screen-specific command).
    public static func intent(of key: Key, inField: Bool) -> KeyIntent? {
        switch key {
        case .up: return .up
        case .down: return .down
        case .escape: return .back
        case .enter: return .confirm
        case .function(1): return .help
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .tab: return .next
        case .backTab: return .previous
        case .left: return inField ? nil : .back
        case .home: return inField ? nil : .top
        case .end: return inField ? nil : .bottom
        case .char(let c) where !inField:
            switch c {
            case "k": return .up
            case "j": return .down
            case "q": return .back
            case "?": return .help
            case "g": return .top
            case "G": return .bottom
            default: return nil
            }
        default: return nil
        }
    }

    public static func isUp(_ key: Key, inField: Bool = false) -> Bool { intent(of: key, inField: inField) == .up }
    public static func isDown(_ key: Key, inField: Bool = false) -> Bool { intent(of: key, inField: inField) == .down }
    public static func isBack(_ key: Key, inField: Bool = false) -> Bool { intent(of: key, inField: inField) == .back }
    public static func isConfirm(_ key: Key) -> Bool { key == .enter }
    public static func isHelp(_ key: Key, inField: Bool = false) -> Bool { intent(of: key, inField: inField) == .help }

    /// The digit 0–9 a key types, if any (answers scales and picks list items).
    public static func digit(_ key: Key) -> Int? {
        guard case .char(let c) = key, let v = c.wholeNumberValue, c.isASCII else { return nil }
        return v
    }
}
