import Foundation

/// Word-wrapped paragraphs with a style role each, scrollable with the arrow keys: for readable pages
/// (an entry's text, an explanation, a supervisor's comment).
public struct TextBlock: Hashable, Sendable {
    public enum Role: Hashable, Sendable { case normal, title, dim, accent, warning, error, success }

    public struct Paragraph: Hashable, Sendable {
        public var text: String
        public var role: Role
        /// Cells of left indent (quotes, list items).
        public var indent: Int
        public init(_ text: String, role: Role = .normal, indent: Int = 0) {
            self.text = text; self.role = role; self.indent = indent
        }
    }

    public var paragraphs: [Paragraph]
    /// Blank line between paragraphs.
    public var spacing: Bool
    public var scroll = 0
    /// The size the block is drawn at; keys use it to page and to stop at the end.
    public var viewport: Size

    public init(_ paragraphs: [Paragraph], spacing: Bool = true, viewport: Size = Size(width: 80, height: 20)) {
        self.paragraphs = paragraphs; self.spacing = spacing; self.viewport = viewport
    }

    /// Plain text, one paragraph per newline-separated block.
    public init(text: String, viewport: Size = Size(width: 80, height: 20)) {
        self.init(text.components(separatedBy: "\n\n").map { Paragraph($0) }, viewport: viewport)
    }

    /// Lines at a width: (indent, text, role).
    public func lines(width: Int) -> [(indent: Int, text: String, role: Role)] {
        var out: [(Int, String, Role)] = []
        for (k, p) in paragraphs.enumerated() {
            if spacing, k > 0 { out.append((0, "", .normal)) }
            let indent = min(p.indent, max(0, width - 1))
            for line in Wrap.lines(p.text, width: width - indent) { out.append((indent, line, p.role)) }
        }
        return out
    }

    public func maxScroll(for size: Size) -> Int { max(0, lines(width: size.width).count - size.height) }

    public enum Outcome: Hashable, Sendable { case scrolled, ignored }

    public mutating func handle(_ key: Key) -> Outcome {
        let page = max(1, viewport.height - 1)
        let last = maxScroll(for: viewport)
        switch key {
        case .char(" "): scroll = min(last, scroll + page); return .scrolled
        default:
            guard let s = navigate(key, index: min(scroll, last), count: last + 1, page: page) else { return .ignored }
            scroll = s
            return .scrolled
        }
    }

    func style(_ role: Role, theme: Theme) -> Style {
        switch role {
        case .normal: return theme.normal
        case .title: return theme.title
        case .dim: return theme.dim
        case .accent: return theme.accent
        case .warning: return theme.warning
        case .error: return theme.error
        case .success: return theme.success
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool = false, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.normal)
        let all = lines(width: area.width)
        let first = min(scroll, max(0, all.count - area.height))
        for (k, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            buffer.write(line.text, x: area.x + line.indent, y: area.y + k, style: style(line.role, theme: theme), clip: area)
        }
        // Arrows at the right edge tell there is more above or below.
        if first > 0 { buffer.write("↑", x: area.maxX - 1, y: area.y, style: theme.hint, clip: area) }
        if first + area.height < all.count {
            buffer.write("↓", x: area.maxX - 1, y: area.maxY - 1, style: theme.hint, clip: area)
        }
    }
}
