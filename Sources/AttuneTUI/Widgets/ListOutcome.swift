/// What a key did to a list-like widget.
public enum ListOutcome: Hashable, Sendable {
    /// The highlight moved (or the key was used without changing anything).
    case moved
    /// An item was picked: Enter, Space or a digit on a single-choice list, Enter on a scroll list.
    /// The index is into the widget's items (for `ScrollList`, into `rows`).
    case chosen(Int)
    /// An item's own state changed (a checklist box or intensity).
    case changed(Int)
    /// The key means nothing here; the screen should handle it.
    case ignored
}

/// The first row to show so that `selected` is visible in `height` rows, moving `top` as little as possible.
func scrolledTop(top: Int, selected: Int, height: Int, count: Int) -> Int {
    guard height > 0, count > height else { return 0 }
    var t = min(max(0, top), count - height)
    if selected < t { t = selected }
    if selected >= t + height { t = selected - height + 1 }
    return t
}

/// Moves a highlight for the navigation keys every list shares; nil when the key is not one of them.
func navigate(_ key: Key, index: Int, count: Int, page: Int) -> Int? {
    guard count > 0 else { return nil }
    let last = count - 1
    switch key {
    case .up, .char("k"), .ctrl("p"): return max(0, index - 1)
    case .down, .char("j"), .ctrl("n"): return min(last, index + 1)
    case .home, .char("g"): return 0
    case .end, .char("G"): return last
    case .pageUp: return max(0, index - max(1, page))
    case .pageDown: return min(last, index + max(1, page))
    default: return nil
    }
}
