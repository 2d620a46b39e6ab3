import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

func show(_ s: String) {
    let h = FileHandle(forWritingAtPath: "/tmp/scr.txt") ?? { FileManager.default.createFile(atPath: "/tmp/scr.txt", contents: nil); return FileHandle(forWritingAtPath: "/tmp/scr.txt")! }()
    h.seekToEndOfFile(); h.write((s + "\n\n").data(using: .utf8)!); h.closeFile()
}
final class NoteScratchTests: XCTestCase {
    func testPrint() {
        let ctx = Fixture.context()
        var d = FormDriver(ctx: ctx, root: NoteFormScreen(ctx: ctx, check: flagging("Dover")))
        d.type("K-7 Kestrel")
        d.tab(3)
        d.press(.char("1"), .char(" "), .right, .right, .char(" "))
        d.tab()
        d.type("She went quiet after Dover came up, 日本 too.")
        d.tab()
        d.press(.char("4"), .right, .char("2"), .down, .char(" "))
        show(d.screen(80, 24)); show(d.screen(40, 15))
        d.press(.pageDown, .pageDown)
        show(d.screen(80, 24)); show(d.screen(40, 15))
        d.press(.pageDown, .pageDown, .pageDown)
        show(d.screen(80, 24))
        d.press(.ctrl("s"))
        show(d.screen(80, 24)); show(d.screen(40, 15))
    }
}
final class NoteScratch2Tests: XCTestCase {
    func testPrint() {
        let ctx = Fixture.context()
        var d = FormDriver(ctx: ctx, root: TestHome { NoteFormScreen(ctx: $0, check: .none) })
        d.press(.char("n")); d.type("K-9"); d.press(.escape, .char("n"))
        show(d.screen(80, 24)); show(d.screen(40, 15))
    }
}
final class NoteScratch3Tests: XCTestCase {
    func testPrint() {
        let ctx = Fixture.context(entries: ChecklistScreenTests.historyEntries())
        var d = FormDriver(ctx: ctx, root: BarrierHistoryScreen(ctx: ctx))
        show(d.screen(80, 24)); show(d.screen(40, 15))
        d.press(.char("3"), .enter)
        show(d.screen(80, 24)); show(d.screen(40, 15))
    }
}
