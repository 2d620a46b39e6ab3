import AttuneTUI

/// Onboarding followed by the workbook, in one runtime: when the person finishes onboarding, `createApp`
/// makes the workbook and the app takes over the same terminal.
public struct FirstRunProgram: Program {
    enum Stage { case onboarding(OnboardingProgram), app(AttuneApp) }
    var stage: Stage
    let createApp: (_ role: String, _ name: String) throws -> AttuneApp

    public init(onboarding: OnboardingProgram, createApp: @escaping (_ role: String, _ name: String) throws -> AttuneApp) {
        stage = .onboarding(onboarding)
        self.createApp = createApp
    }

    /// The app, once onboarding has made the workbook.
    public var app: AttuneApp? { if case .app(let a) = stage { return a }; return nil }

    public var minimumSize: Size {
        switch stage {
        case .onboarding(let o): return o.minimumSize
        case .app(let a): return a.minimumSize
        }
    }

    public mutating func update(_ event: Event) -> [Effect] {
        switch stage {
        case .app(var a):
            let effects = a.update(event)
            stage = .app(a)
            return effects
        case .onboarding(var o):
            let effects = o.update(event)
            guard case .create(let role, let name) = o.result else {
                stage = .onboarding(o)
                return effects
            }
            do {
                var app = try createApp(role, name)
                _ = app.update(.resize(app.ctx.size))
                stage = .app(app)
                return []
            } catch {
                o.fail("Could not create the workbook: \(error)")
                stage = .onboarding(o)
                return []
            }
        }
    }

    public func view(into buffer: inout Buffer) {
        switch stage {
        case .onboarding(let o): o.view(into: &buffer)
        case .app(let a): a.view(into: &buffer)
        }
    }

    public mutating func saveDrafts() {
        if case .app(var a) = stage { a.saveDrafts(); stage = .app(a) }
    }
}
