import AttuneTUI
import CNcursesw

/// The key codes ncurses decodes from terminfo (`wget_wch` returning `KEY_CODE_YES`), as Attune keys.
enum CursesKeys {
    static func input(forKeyCode code: Int32) -> RawInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case attune_key_f(1)...attune_key_f(12): return .key(.function(Int(code - attune_key_f(0))))
        default: return .unboundKey
        }
    }
}
