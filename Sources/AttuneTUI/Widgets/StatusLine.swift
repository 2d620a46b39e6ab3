/// The bottom line of every screen: key hints on the right and a transient message on the left.
/// When space is short the hints lose their labels, then the least important ones (listed last) go.
public struct StatusLine: Hashable, Sendable {
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var label: String
        public init(_ key: String, _ label: String) { self.key = key; self.label = label }
    }

    public enum Severity: Hashable, Sendable { case info, success, warning, error }

    public struct Message: Hashable, Sendable {
        public var text: String
        public var severity: Severity
        /// Ticks (about a second each) before the message disappears; nil keeps it until replaced.
        public var remainingTicks: Int?
        public init(_ text: String, severity: Severity = .info, ticks: Int? = 5) {
            self.text = text; self.severity = severity; self.remainingTicks = ticks
        }
    }

    public var hints: [Hint]
    public var message: Message?

    public init(hints: [Hint] = [], message: Message? = nil) {
        self.hints = hints; self.message = message
    }

    public mutating func show(_ text: String, severity: Severity = .info, ticks: Int? = 5) {
        message = Message(text, severity: severity, ticks: ticks)
    }

    /// Call on `Event.tick`: counts down and clears an expired message. Returns true when something changed.
    @discardableResult
    public mutating func tick() -> Bool {
        guard let ticks = message?.remainingTicks else { return false }
        if ticks <= 1 { message = nil } else { message?.remainingTicks = ticks - 1 }
        return true
    }

    /// The richest rendering of the hints that fits in `width`: full labels, then keys only, then fewer hints.
    public func hintText(fitting width: Int) -> String {
        guard width > 0, !hints.isEmpty else { return "" }
        let full = hints.map { "\($0.key) \($0.label)" }.joined(separator: "  ")
        if DisplayWidth.of(full) <= width { return full }
        for count in stride(from: hints.count, through: 1, by: -1) {
            let labelled = hints.prefix(count).map { "\($0.key) \($0.label)" }.joined(separator: "  ")
            let keysOnly = hints.prefix(count).map(\.key).joined(separator: " ")
            // Keep labels while at least three hints fit with them; otherwise keys say more.
            if count >= min(3, hints.count), DisplayWidth.of(labelled) <= width { return labelled }
            if DisplayWidth.of(keysOnly) <= width { return keysOnly }
        }
        return ""
    }

    func style(for severity: Severity, theme: Theme) -> Style {
        switch severity {
        case .info: return theme.normal
        case .success: return theme.success
        case .warning: return theme.warning
        case .error: return theme.error
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = false, theme: Theme) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: theme.normal)
        var messageWidth = 0
        if let message {
            // Errors carry a marker so a monochrome terminal tells them apart from information.
            let prefix: String
            switch message.severity {
            case .error: prefix = "! "
            case .warning: prefix = "! "
            case .success, .info: prefix = ""
            }
            let text = DisplayWidth.truncate(prefix + message.text, to: area.width)
            messageWidth = DisplayWidth.of(text)
            buffer.write(text, x: area.x, y: area.y, style: style(for: message.severity, theme: theme), clip: row)
        }
        let room = messageWidth == 0 ? area.width : area.width - messageWidth - 2
        let hints = hintText(fitting: room)
        if !hints.isEmpty {
            buffer.write(hints, x: area.maxX - DisplayWidth.of(hints), y: area.y, style: theme.hint, clip: row)
        }
    }
}
