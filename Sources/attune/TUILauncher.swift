import AttuneApp
import AttuneDomain
import AttuneStore
import AttuneTerminal
import AttuneTUI
import Foundation

/// Wires the store, the config, the theme and the terminal together and runs a program.
enum TUILauncher {
    /// `bind` lines of the config as keys; a name that is not a key is reported and skipped.
    static func keyBindings(_ config: AttuneConfig) -> [Key: Key] {
        var map: [Key: Key] = [:]
        for b in config.bindings {
            guard let from = Key(name: b.from), let to = Key(name: b.to) else {
                printError("config line \(b.line): `bind = \(b.from) \(b.to)` names a key Attune does not know; skipped")
                continue
            }
            map[from] = to
        }
        return map
    }

    /// Opens the workbook (or onboarding when there is none) with `root` as the first screen.
    static func run(global: GlobalOptions, exitWhenRootCloses: Bool = false,
                    root: ((AppContext) -> any ScreenModel)? = nil) throws {
        let config = global.config()
        let theme = Theme.resolve(environment: global.environment, configValue: config.theme.rawValue)
        let settings = AppSettings(checkinCadenceDays: config.checkinCadenceDays,
                                   supervisionCadenceDays: config.supervisionCadenceDays)
        let url = global.workbookURL
        var environment = global.environment
        if let editor = config.editor { environment["VISUAL"] = editor }
        let exists = FileManager.default.fileExists(atPath: url.appendingPathComponent("workbook").path)
        var opened: Workbook?
        defer { opened?.close() }

        func makeApp(_ wb: Workbook, size: Size) throws -> AttuneApp {
            let service = StoreWorkbookService(workbook: wb, now: Clock.now)
            let ctx = AppContext(workbook: service, now: Clock.now, theme: theme,
                                 checklist: try loadChecklist(workbookURL: wb.url), settings: settings, size: size)
            AppWiring.configure(ctx, workbookURL: wb.url)
            ctx.keyBindings = keyBindings(config)
            let first = root?(ctx) ?? DashboardScreen(ctx: ctx)
            return AttuneApp(ctx: ctx, root: first, exitWhenRootCloses: exitWhenRootCloses)
        }

        if exists { opened = try global.open(.readWrite) }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError("the workbook screens need a terminal. For scripts use `attune list`, `attune show` or `attune render`.")
        }
        let backend: TerminalBackend
        do { backend = try NcursesBackend(useColor: theme.usesColor) } catch { throw CLIError(String(describing: error)) }
        let probed: TerminalBackend = environment["ATTUNE_BENCH_FIRST_FRAME"]
            .flatMap(FirstFrameProbe.Moment.init(rawValue:)).map { FirstFrameProbe(backend, moment: $0) } ?? backend
        let editor = SystemEditor(environment: environment)
        do {
            if let wb = opened {
                let runtime = Runtime(program: try makeApp(wb, size: backend.size), backend: probed, editor: editor)
                let finished = try runtime.run()
                // A form opened straight from the shell ends with its outcome on the terminal, not only on a screen
                // that has just closed.
                if exitWhenRootCloses, let said = finished.lastMessage { print(said) }
            } else {
                let onboarding = OnboardingProgram(theme: theme, workbookPath: url.path)
                let first = FirstRunProgram(onboarding: onboarding) { role, name in
                    guard let r = WorkbookRole(rawValue: role) else { throw CLIError("unknown role \(role)") }
                    let wb = try Workbook.create(at: url, role: r, name: name, now: Clock.now)
                    opened = wb
                    return try makeApp(wb, size: backend.size)
                }
                _ = try Runtime(program: first, backend: probed, editor: editor).run()
            }
        } catch let signal as TerminatedBySignal {
            opened?.close()
            opened = nil
            signal.exitProcess()
        }
    }
}
