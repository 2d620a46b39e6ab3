import AttuneDomain
import AttuneTUI
@testable import AttuneApp

/// The screens the render tests freeze, each reached by real key presses from a fresh context.
enum NoteRenderScenarios {
    static func context(_ size: Size) -> AppContext {
        Fixture.context(entries: Fixture.sampleEntries() + ChecklistScreenTests.historyEntries(), size: size)
    }

    static func emptyNote(_ size: Size) -> Buffer {
        let ctx = context(size)
        return AttuneApp(ctx: ctx, root: NoteFormScreen(ctx: ctx)).render(size: size)
    }

    /// Client, triggers, Unicode text, two reactions, then down to the origin hypothesis.
    static func filledNote(_ size: Size) -> Buffer {
        let ctx = context(size)
        var d = FormDriver(ctx: ctx, root: NoteFormScreen(ctx: ctx))
        d.type("Wren-4")
        d.tab(3)
        d.press(.char("2"), .char("6"), .tab)
        d.type("Asked about 父 again; I froze.")
        d.press(.tab, .char("4"), .right, .char("2"))
        d.press(.pageDown, .pageDown, .pageDown, .tab)
        d.type("Über-identifying — too close")
        return d.app.render(size: size)
    }

    /// The identifier review over the form: a phone number in the trigger text.
    static func review(_ size: Size) -> Buffer {
        let ctx = context(size)
        var d = FormDriver(ctx: ctx, root: NoteFormScreen(ctx: ctx))
        d.type("Wren-4")
        d.tab(3)
        d.press(.char("1"), .tab)
        d.type("She left 555-867-5309 on a card.")
        d.press(.tab, .char("3"), .ctrl("s"))
        return d.app.render(size: size)
    }

    static func checklist(_ size: Size) -> Buffer {
        let ctx = context(size)
        var d = FormDriver(ctx: ctx, root: ChecklistScreen(ctx: ctx))
        d.press(.char(" "), .down, .char("2"), .char("n"))
        d.type("Müde 😴")
        d.press(.enter)
        return d.app.render(size: size)
    }

    static func history(_ size: Size) -> Buffer {
        let ctx = context(size)
        var d = FormDriver(ctx: ctx, root: BarrierHistoryScreen(ctx: ctx))
        d.press(.char("j"), .char("j"), .char("j"), .char("j"), .char("l"))
        return d.app.render(size: size)
    }

    static var all: [(String, (Size) -> Buffer)] {
        [("emptyNote", emptyNote), ("filledNote", filledNote),
                                                      ("review", review), ("checklist", checklist), ("history", history)] }
}
