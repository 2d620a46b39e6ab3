import AttuneTUI
import CNcursesw

/// Colour pairs for foreground/background combinations, allocated the first time a combination is drawn.
/// Pair 0 is the terminal's own default; when the terminal runs out of pairs the default is used.
final class ColorPairs {
    private var pairs: [Int: Int16] = [:]
    private var nextPair: Int16 = 1
    private let enabled: Bool
    /// False when the terminal cannot keep its own default colours (no `use_default_colors`).
    private let defaultColorsWork: Bool

    /// Call after `start_color()`. `enabled` false (no colour, NO_COLOR, a monochrome theme) always gives pair 0.
    init(enabled: Bool, defaultColorsWork: Bool) {
        self.enabled = enabled
        self.defaultColorsWork = defaultColorsWork
    }

    func pair(fg: Color, bg: Color) -> Int16 {
        guard enabled, fg != .default || bg != .default else { return 0 }
        let key = (fg.rawValue + 1) * 16 + (bg.rawValue + 1)
        if let known = pairs[key] { return known }
        guard Int32(nextPair) < attune_color_pairs() else { return 0 }
        // Without default-colour support, "default" falls back to white on black, the classic terminal look.
        let f = fg == .default && !defaultColorsWork ? Int16(COLOR_WHITE) : Int16(fg.rawValue)
        let b = bg == .default && !defaultColorsWork ? Int16(COLOR_BLACK) : Int16(bg.rawValue)
        guard init_pair(nextPair, f, b) != ERR else { return 0 }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key]!
    }
}
