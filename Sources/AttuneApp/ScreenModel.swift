import AttuneDomain
import AttuneTUI

/// A key and what it does, for the hint line.
public typealias KeyHint = StatusLine.Hint
/// A line in the status bar.
public typealias StatusMessage = StatusLine.Message
/// A row of the `?` help overlay.
public typealias HelpRow = HelpOverlay.Row

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
    public static var none: Outcome { Outcome() }
    public static var unhandled: Outcome { Outcome(handled: false) }
    public static func go(_ n: Navigation, _ message: StatusMessage? = nil) -> Outcome { Outcome(navigation: n, message: message) }
    public static func say(_ text: String, _ severity: StatusLine.Severity = .info) -> Outcome {
        Outcome(message: StatusMessage(text, severity: severity))
    }
}

/// One screen: a value with a pure-ish update (storage goes through `AppContext`) and a view into a buffer area.
public protocol ScreenModel {
    var title: String { get }
    /// Keys shown in the hint line, most important first (they collapse from the right when narrow).
    var hints: [KeyHint] { get }
    /// Rows of the `?` help overlay for this screen.
    var help: [HelpRow] { get }
    /// True while a text field has focus: printable keys are text, so `q`, `?`, `:` and `/` are not commands.
    var capturesText: Bool { get }
    mutating func update(_ event: Event, ctx: AppContext) -> Outcome
    func view(into buffer: inout Buffer, area: Rect, ctx: AppContext)
    /// Keeps whatever the user typed (as a draft) before the app quits or the screen is left by force.
    mutating func preserveWork(ctx: AppContext)
    /// True while typed work is neither saved nor kept as a draft (e.g. the draft could not be written):
    /// quitting then would lose it, so the app asks first.
    func hasUnsavedWork(ctx: AppContext) -> Bool
}

extension ScreenModel {
    public var capturesText: Bool { false }
    public mutating func preserveWork(ctx: AppContext) {}
    public func hasUnsavedWork(ctx: AppContext) -> Bool { false }
}
