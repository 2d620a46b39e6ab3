/// The eight ANSI colours plus the terminal's own default; themes map roles onto these.
public enum Color: Int, Hashable, Sendable, CaseIterable {
    case `default` = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Attributes survive a monochrome terminal; colours are optional decoration.
public struct Style: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(fg: Color = .default, bg: Color = .default, bold: Bool = false, dim: Bool = false,
                reverse: Bool = false, underline: Bool = false) {
        self.fg = fg; self.bg = bg; self.bold = bold; self.dim = dim; self.reverse = reverse; self.underline = underline
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)
    public static let underline = Style(underline: true)
}

extension Style {
    /// This style with another laid over it: the other's colours where set, attributes combined.
    public func merged(with other: Style) -> Style {
        Style(fg: other.fg == .default ? fg : other.fg, bg: other.bg == .default ? bg : other.bg,
              bold: bold || other.bold, dim: dim || other.dim, reverse: reverse || other.reverse,
              underline: underline || other.underline)
    }
}
