import AttuneDomain
import AttuneTUI
import Foundation

/// The whole interactive program: a stack of screens, global keys, the help overlay, the `:` command line,
/// the privacy screen and the status line. Screens do their own work; this type only routes and frames.
public struct AttuneApp: Program {
    public let ctx: AppContext
    public private(set) var stack: [any ScreenModel]
    var message: StatusMessage?
    var help: HelpOverlay?
    var command: TextField?
    /// Ctrl-P blanks the screen at once (someone walked in); any key brings it back.
    var privacy = false
    /// Set after a ^Q that could not keep drafts: the next ^Q quits anyway.
    var quitConfirmed = false
    /// Set when the app should end after the first screen is finished (e.g. `attune new note`).
    public var exitWhenRootCloses: Bool

    public init(ctx: AppContext, root: any ScreenModel, exitWhenRootCloses: Bool = false) {
        self.ctx = ctx
        self.stack = [root]
        self.exitWhenRootCloses = exitWhenRootCloses
        if ctx.isFullyLoaded { announceProblems() }
    }

    /// Problems found while opening are said once, in the status line, and never block the workbook.
    mutating func announceProblems() {
        let unreadable = ctx.workbook.problems.count
        if unreadable > 0 {
            message = StatusMessage("\(unreadable) file(s) could not be read — run `attune doctor`",
                                    severity: .warning, ticks: nil)
        } else if let problems = ctx.suggestions?.diagnostics.filter({ $0.severity == .error }), !problems.isEmpty {
            message = StatusMessage("\(problems.count) problem(s) in rule files — `attune rules check` lists them",
                                    severity: .warning, ticks: nil)
        }
    }

    public var minimumSize: Size { Size(width: 40, height: 12) }
    /// The rest of a large workbook is read right after the first frame (see `AppContext.recent`).
    public var hasPendingWork: Bool { !ctx.isFullyLoaded }
    public var top: any ScreenModel { stack[stack.count - 1] }
    /// The status line's last message ("Note saved.", "Kept as a draft"): a standalone form prints it on exit.
    public var lastMessage: String? { message?.text }

    public mutating func update(_ event: Event) -> [Effect] {
        var event = event
        if case .key(let pressed) = event, let bound = ctx.keyBindings[pressed] { event = .key(bound) }
        if privacy {
            if case .key = event { privacy = false }
            return []
        }
        if case .key(let key) = event {
            if key == .ctrl("p") { privacy = true; return [] }
            if key == .ctrl("q") || key == .ctrl("c") { return quitKeepingWork() }
            if key == .ctrl("z") { return [.suspendProcess] }
            if help != nil {
                if help?.handle(key) == .closed { help = nil }
                return []
            }
            if command != nil { return updateCommand(key) }
            message = nil
            quitConfirmed = false
        }
        if case .tick = event { var line = StatusLine(message: message); line.tick(); message = line.message }
        if case .resize(let size) = event { ctx.size = size }
        if !ctx.isFullyLoaded {
            ctx.loadAll()
            if message == nil { announceProblems() }
            refreshTop()
            if case .tick = event { return [] }
        }
        if case .paste(let text) = event, command != nil {
            _ = command?.handle(.paste(text))
            return []
        }
        var screen = stack.removeLast()
        let outcome = screen.update(event, ctx: ctx)
        stack.append(screen)
        if let m = outcome.message { message = m }
        var effects = outcome.effects
        if let nav = outcome.navigation { effects += navigate(nav) }
        if !outcome.handled, case .key(let key) = event { effects += globalKey(key) }
        return effects
    }

    /// Keys that mean the same on every screen, applied when the screen did not use them.
    private mutating func globalKey(_ key: Key) -> [Effect] {
        let inField = top.capturesText
        if key == .function(1) || (!inField && key == .char("?")) {
            openHelp()
            return []
        }
        if !inField && key == .char(":") {
            command = TextField(placeholder: "command (help lists them)")
            return []
        }
        if KeyMap.isBack(key, inField: inField) {
            if stack.count > 1 {
                // A screen that let Esc through still gets to keep what was typed before it goes.
                stack[stack.count - 1].preserveWork(ctx: ctx)
                return navigate(.pop)
            }
            if key == .char("q") || key == .escape && exitWhenRootCloses { return quitKeepingWork() }
        }
        return []
    }

    private mutating func navigate(_ nav: Navigation) -> [Effect] {
        switch nav {
        case .push(let s): stack.append(s)
        case .replace(let s): stack[stack.count - 1] = s
        case .pop:
            if stack.count > 1 { stack.removeLast() } else if exitWhenRootCloses { return [.quit] }
            refreshTop()
        case .popToRoot:
            if exitWhenRootCloses { return [.quit] }
            stack.removeLast(stack.count - 1)
            refreshTop()
        case .quit:
            return quitKeepingWork()
        }
        return []
    }

    /// A screen underneath may show data that the popped screen changed.
    private mutating func refreshTop() {
        var screen = stack.removeLast()
        _ = screen.update(.resumed, ctx: ctx)
        stack.append(screen)
    }

    /// Quits after keeping every screen's work as a draft; if a draft could not be written (a full disk), stays
    /// and says so, and a second ^Q within the same message quits anyway.
    private mutating func quitKeepingWork() -> [Effect] {
        preserveAll()
        let stuck = stack.contains { $0.hasUnsavedWork(ctx: ctx) }
        if stuck && !quitConfirmed {
            quitConfirmed = true
            message = StatusMessage("Could not keep a draft of what you typed. ^Q again quits and loses it; any other key stays.",
                                    severity: .error, ticks: nil)
            return []
        }
        return [.quit]
    }

    private mutating func preserveAll() {
        for i in stack.indices { stack[i].preserveWork(ctx: ctx) }
    }

    public mutating func saveDrafts() { preserveAll() }

    // MARK: Help overlay

    private mutating func openHelp() {
        let rows = top.help + [HelpRow.section("Everywhere")] + AttuneApp.globalHelp
        help = HelpOverlay(title: "Help · " + top.title, rows: rows, viewport: ctx.size)
    }

    static let globalHelp: [HelpRow] = [
        HelpRow("? / F1", "this help (outside text fields: F1)"),
        HelpRow(":", "command line: note, checklist, checkin, assess cbi, assess proqol5, scores, reflect, drafts, browse, help, quit"),
        HelpRow("Esc / q", "back; q on the dashboard quits"),
        HelpRow("^Q / ^C", "quit from anywhere; unsaved text is kept as a draft"),
        HelpRow("^P", "privacy screen: hide everything until a key is pressed"),
        HelpRow("^L", "redraw the screen"),
        HelpRow("^Z", "suspend to the shell; `fg` brings Attune back"),
        HelpRow("↑↓ / j k", "move; PgUp PgDn Home End also work"),
    ]

    // MARK: Command line

    private mutating func updateCommand(_ key: Key) -> [Effect] {
        switch key {
        case .escape:
            command = nil
            return []
        case .enter:
            let text = command?.text.trimmingCharacters(in: .whitespaces) ?? ""
            command = nil
            return run(command: text)
        default:
            _ = command?.handle(key)
            return []
        }
    }

    private mutating func run(command text: String) -> [Effect] {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard let verb = words.first else { return [] }
        switch verb {
        case "q", "quit", "exit":
            return quitKeepingWork()
        case "help", "h":
            openHelp()
            return []
        case "browse", "entries", "b", "list":
            return navigate(.push(BrowserScreen(ctx: ctx)))
        case "dashboard", "home":
            return navigate(.popToRoot)
        default:
            if let screen = ScreenFactory.screen(forCommand: words, ctx: ctx) { return navigate(.push(screen)) }
            message = StatusMessage("Unknown command “\(text)” — type :help for the list", severity: .error)
            return []
        }
    }
}
