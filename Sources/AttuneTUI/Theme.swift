/// Semantic styles every screen draws with, so colour and monochrome terminals read the same.
/// Screens never pick colours themselves: they ask for a role.
public struct Theme: Hashable, Sendable {
    /// Ordinary text.
    public var normal: Style
    /// Secondary text: timestamps, counts, disabled items.
    public var dim: Style
    /// Key hints and placeholders.
    public var hint: Style
    /// Screen and panel titles.
    public var title: Style
    /// The highlighted row of a focused list.
    public var selection: Style
    /// The highlighted row of a list that does not have focus (still visible, quieter).
    public var inactiveSelection: Style
    /// A focused field's label or frame.
    public var focus: Style
    /// The editable area of a text field.
    public var field: Style
    public var error: Style
    public var warning: Style
    public var success: Style
    /// Emphasis that is not a warning: markers, chosen options.
    public var accent: Style
    /// Bars and sparklines.
    public var chart: Style
    /// Reference lines on charts (such as 50 on a 0–100 scale).
    public var reference: Style
    /// True when the theme uses colour (false: attributes only).
    public var usesColor: Bool

    public init(normal: Style, dim: Style, hint: Style, title: Style, selection: Style, inactiveSelection: Style,
                focus: Style, field: Style, error: Style, warning: Style, success: Style, accent: Style,
                chart: Style, reference: Style, usesColor: Bool) {
        self.normal = normal; self.dim = dim; self.hint = hint; self.title = title; self.selection = selection
        self.inactiveSelection = inactiveSelection; self.focus = focus; self.field = field; self.error = error
        self.warning = warning; self.success = success; self.accent = accent; self.chart = chart
        self.reference = reference; self.usesColor = usesColor
    }

    /// Eight colours on the terminal's own background: backgrounds are only ever set by reverse video,
    /// so light and dark terminals both stay readable.
    public static let color = Theme(
        normal: .plain,
        dim: Style(dim: true),
        hint: Style(fg: .cyan),
        title: Style(fg: .cyan, bold: true),
        selection: Style(reverse: true),
        inactiveSelection: Style(underline: true),
        focus: Style(fg: .yellow, bold: true),
        field: Style(underline: true),
        error: Style(fg: .red, bold: true),
        warning: Style(fg: .yellow, bold: true),
        success: Style(fg: .green),
        accent: Style(fg: .magenta, bold: true),
        chart: Style(fg: .blue),
        reference: Style(fg: .red),
        usesColor: true)

    /// Attributes only (bold, reverse, underline, dim): for NO_COLOR and terminals without colour.
    public static let mono = Theme(
        normal: .plain,
        dim: Style(dim: true),
        hint: Style(dim: true),
        title: Style(bold: true),
        selection: Style(reverse: true),
        inactiveSelection: Style(underline: true),
        focus: Style(bold: true),
        field: Style(underline: true),
        error: Style(bold: true, reverse: true),
        warning: Style(bold: true),
        success: Style(bold: true),
        accent: Style(bold: true),
        chart: .plain,
        reference: Style(bold: true),
        usesColor: false)

    /// The `theme` setting of the config file.
    public enum Mode: String, Hashable, Sendable, CaseIterable {
        case auto, color, mono
    }

    /// Picks the theme. An explicit `color` or `mono` setting wins (no-color.org: user configuration overrides
    /// NO_COLOR); with `auto`, a non-empty NO_COLOR or TERM=dumb gives monochrome.
    public static func resolve(environment: [String: String], mode: Mode = .auto) -> Theme {
        switch mode {
        case .color: return .color
        case .mono: return .mono
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
            if environment["TERM"] == "dumb" { return .mono }
            return .color
        }
    }

    /// Same as `resolve(environment:mode:)` with the config value as text; an unknown value is treated as `auto`.
    public static func resolve(environment: [String: String], configValue: String?) -> Theme {
        let mode = configValue.flatMap { Mode(rawValue: $0.lowercased()) } ?? .auto
        return resolve(environment: environment, mode: mode)
    }
}
