import AttuneDomain
import AttuneTUI

/// A key and what it does, for the hint line and the help overlay.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String
    public init(_ key: String, _ label: String) { self.key = key; self.label = label }
}

/// A line in the status bar, shown until the next key.
public struct StatusMessage: Hashable, Sendable {
    public enum Severity: Hashable, Sendable { case info, success, warning, error }
    public var text: String
    public var severity: Severity
    public init(_ text: String, _ severity: Severity = .info) { self.text = text; self.severity = severity }
}

/// How a screen asks the app to move between screens.
public enum Navigation {
    case push(any ScreenModel)
    case replace(any ScreenModel)
    case pop
    /// Back to the dashboard (after finishing a form opened from anywhere).
    case popToRoot
    case quit
}

/// What a screen's update returns besides its own new state.
public struct Outcome {
    public var navigation: Navigation?
    public var effects: [Effect]
    public var message: StatusMessage?
    /// False when the screen did not use the event, so the app may apply a global key.
    public var handled: Bool

    public init(navigation: Navigation? = nil, effects: [Effect] = [], message: StatusMessage? = nil, handled: Bool = true) {
        self.navigation = navigation; self.effects = effects; self.message = message; self.handled = handled
    }
    public static let none = Outcome()
    public static let unhandled = Outcome(handled: false)
    public static func go(_ n: Navigation, _ message: StatusMessage? = nil) -> Outcome { Outcome(navigation: n, message: message) }
    public static func say(_ text: String, _ severity: StatusMessage.Severity = .info) -> Outcome {
        Outcome(message: StatusMessage(text, severity))
    }
}

/// One screen: a value with a pure-ish update (storage goes through `AppContext`) and a view into a buffer area.
public protocol ScreenModel {
    var title: String { get }
    /// Keys shown in the hint line, most important first (they collapse from the right when narrow).
    var hints: [KeyHint] { get }
    /// Rows of the `?` help overlay for this screen.
    var help: [KeyHint] { get }
    /// True while a text field has focus: printable keys are text, so `q`, `?`, `:` and `/` are not commands.
    var capturesText: Bool { get }
    mutating func update(_ event: Event, ctx: AppContext) -> Outcome
    func view(into buffer: inout Buffer, area: Rect, ctx: AppContext)
    /// Keeps whatever the user typed (as a draft) before the app quits or the screen is left by force.
    mutating func preserveWork(ctx: AppContext)
}

extension ScreenModel {
    public var capturesText: Bool { false }
    public mutating func preserveWork(ctx: AppContext) {}
}
