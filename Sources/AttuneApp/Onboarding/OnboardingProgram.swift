import AttuneDomain
import AttuneTUI

/// The first run: choose a role and give a name or initials; the caller then creates the workbook.
/// A program of its own, because there is no workbook (and so no AppContext) until it finishes.
public struct OnboardingProgram: Program {
    public enum Result: Hashable, Sendable {
        case create(role: String, name: String)
        case cancelled
    }

    enum Field { case role, name }
    var roles = ChoiceList(items: ["Supervisee — I write notes, checklists and check-ins",
                                   "Supervisor — I review what supervisees share"], chosen: 0)
    var name = TextField(placeholder: "e.g. A. Lee", maxLength: 60)
    var focus = Field.role
    var error: String?
    let theme: Theme
    let workbookPath: String
    public private(set) var result: Result?

    public init(theme: Theme, workbookPath: String) {
        self.theme = theme
        self.workbookPath = workbookPath
    }

    public var minimumSize: Size { Size(width: 40, height: 12) }

    public mutating func update(_ event: Event) -> [Effect] {
        guard case .key(let key) = event else {
            if case .paste = event, focus == .name { _ = name.handle(event) }
            return []
        }
        error = nil
        switch key {
        case .escape, .ctrl("q"), .ctrl("c"):
            result = .cancelled
            return [.quit]
        case .tab, .backTab:
            focus = focus == .role ? .name : .role
            return []
        default:
            break
        }
        switch focus {
        case .role:
            switch roles.handle(key) {
            case .chosen: focus = .name
            case .ignored: if key == .char("q") { result = .cancelled; return [.quit] }
            default: break
            }
        case .name:
            if key == .enter { return finish() }
            if key == .up { focus = .role; return [] }
            _ = name.handle(key)
        }
        return []
    }

    /// Shows why the workbook could not be made and lets the person try again.
    public mutating func fail(_ message: String) {
        result = nil
        error = message
    }

    private mutating func finish() -> [Effect] {
        let trimmed = name.text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            error = "Type a name or initials first — they appear on what you write."
            return []
        }
        result = .create(role: (roles.chosen ?? 0) == 0 ? "supervisee" : "supervisor", name: trimmed)
        return [.quit]
    }

    public func view(into buffer: inout Buffer) {
        let area = buffer.area
        let box = area.centered(width: min(area.width, 64), height: min(area.height, 16))
        buffer.box(box, title: "Welcome to Attune", style: theme.dim, titleStyle: theme.title)
        let inner = box.inset(dx: 2, dy: 1)
        var y = inner.y
        for line in Wrap.lines("A private workbook for supervision. Everything stays in plain files in "
                               + workbookPath + ".", width: inner.width).prefix(3) {
            buffer.write(line, x: inner.x, y: y, style: theme.normal, clip: inner)
            y += 1
        }
        y += 1
        buffer.write("1. Your role", x: inner.x, y: y, style: focus == .role ? theme.focus : theme.title, clip: inner)
        y += 1
        roles.render(into: &buffer, area: Rect(x: inner.x + 2, y: y, width: inner.width - 2, height: 2),
                     focused: focus == .role, theme: theme)
        y += 3
        buffer.write("2. Your name or initials", x: inner.x, y: y, style: focus == .name ? theme.focus : theme.title,
                     clip: inner)
        y += 1
        name.render(into: &buffer, area: Rect(x: inner.x + 2, y: y, width: min(40, inner.width - 2), height: 1),
                    focused: focus == .name, theme: theme)
        if focus != .name { buffer.cursor = nil }
        y += 2
        if let error {
            buffer.write(DisplayWidth.truncate(error, to: inner.width), x: inner.x, y: y, style: theme.error, clip: inner)
        }
        let hint = focus == .role ? "↑↓ choose · Enter next · Esc cancel" : "Enter create workbook · Tab back · Esc cancel"
        buffer.write(DisplayWidth.truncate(hint, to: inner.width), x: inner.x, y: inner.maxY - 1, style: theme.hint, clip: inner)
    }
}
