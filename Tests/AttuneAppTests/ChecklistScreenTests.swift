import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

/// The barrier checklist's keys, its save and summary, and the barrier history counts behind the chart.
final class ChecklistScreenTests: XCTestCase {
    static func checklist(_ id: String, daysAgo: Double, present: [(String, Int?)], period: String = "session",
                          client: String = "") -> Entry {
        let def = Fixture.checklist
        let c = BarrierChecklist(period: period, client: client,
                                 answers: present.map { .init(id: $0.0, present: true, severity: $0.1) })
        return Entry(id: EntryID(id), kind: .checklist, created: Fixture.now.addingTimeInterval(-daysAgo * 86_400),
                     author: "A. Lee", fields: c.fields(definition: def))
    }

    static func historyEntries() -> [Entry] {
        [checklist("20261120-0900-checklist-0001", daysAgo: 2, present: [("fatigue.drained", 2), ("presence.clock", nil)],
                   client: "C-114"),
         checklist("20261101-0900-checklist-0002", daysAgo: 21, present: [("fatigue.numb", 1)], period: "week"),
         checklist("20261001-0900-checklist-0003", daysAgo: 52, present: [("boundaries.availability", 3)]),
         checklist("20260401-0900-checklist-0004", daysAgo: 235, present: [("fatigue.irritable", nil)]),
         checklist("20250101-0900-checklist-0005", daysAgo: 700, present: [("fatigue.irritable", nil)])]
    }

    func driver(entries: [Entry] = Fixture.sampleEntries()) -> (FormDriver, AppContext) {
        let ctx = Fixture.context(entries: entries)
        var d = FormDriver(ctx: ctx, root: TestHome { ChecklistScreen(ctx: $0, check: .none) })
        d.press(.char("n"))
        return (d, ctx)
    }

    func answers(_ d: FormDriver) -> [String: BarrierChecklist.Answer] {
        Dictionary(uniqueKeysWithValues: d.checklist!.items.allAnswers.map { ($0.id, $0) })
    }

    func testSpaceDigitsAndNotes() {
        var (d, _) = driver()
        d.press(.char(" "))                       // drained present
        d.press(.down, .char("2"))                // irritable severity 2 (marks present)
        d.press(.char("j"), .char("3"), .char("0"))  // numb present, severity cleared
        d.press(.char("n"))
        XCTAssertTrue(d.app.top.capturesText)
        d.type("kaum Gefühl — 感じない")
        d.press(.enter)
        d.press(.char("k"), .char(" "))           // irritable off again: its severity goes too
        let a = answers(d)
        XCTAssertEqual(a["fatigue.drained"], .init(id: "fatigue.drained", present: true))
        XCTAssertEqual(a["fatigue.irritable"], .init(id: "fatigue.irritable", present: false))
        XCTAssertEqual(a["fatigue.numb"], .init(id: "fatigue.numb", present: true, severity: nil, note: "kaum Gefühl — 感じない"))
        XCTAssertEqual(a.count, Fixture.checklist.items.count, "every item is answered")
    }

    func testNoteEscapeCancels() {
        var (d, _) = driver()
        d.press(.char("n"))
        d.type("draft words")
        d.press(.escape)
        XCTAssertEqual(answers(d)["fatigue.drained"]?.note, "")
        XCTAssertNotNil(d.checklist, "Esc closes the note, not the checklist")
    }

    func testPeriodAndClientFields() {
        var (d, _) = driver()
        d.press(.tab)
        XCTAssertEqual(d.checklist?.focus, .period)
        d.press(.char("2"))
        d.press(.tab)
        d.type("C-9")
        d.press(.enter)
        XCTAssertEqual(d.checklist?.focus, .items)
        let c = BarrierChecklist(fields: d.checklist!.current(Fixture.checklist).fields)
        XCTAssertEqual(c.period, "week")
        XCTAssertEqual(c.client, "C-9")
        d.press(.up)
        XCTAssertEqual(d.checklist?.focus, .client, "Up from the first item reaches the header")
    }

    func testSaveShowsTheSummaryAndStoresTheEntry() {
        var (d, ctx) = driver(entries: Self.historyEntries())
        d.press(.char("2"), .char("n"))
        d.type("slept badly")
        d.press(.enter, .ctrl("s"))
        XCTAssertTrue(d.app.top is ChecklistSummaryScreen)
        XCTAssertEqual(d.app.message?.text, "Checklist saved.")
        let saved = ctx.entries.first!
        XCTAssertEqual(saved.kind, .checklist)
        XCTAssertEqual(saved.fields["barriers_present"]?.stringList, ["fatigue"])
        let screen = d.screen(80, 24)
        XCTAssertTrue(screen.contains("1 item present in 1 barrier."))
        XCTAssertTrue(screen.contains("• I felt drained before the session had really begun  (severity 2/3)"))
        XCTAssertTrue(screen.contains("✎ slept badly"))
        XCTAssertTrue(screen.contains("Present in 3 of 3 checklists in the last 4 weeks."))
        d.press(.char("h"))
        XCTAssertTrue(d.app.top is BarrierHistoryScreen)
        d.press(.escape, .enter)
        XCTAssertTrue(d.app.top is TestHome)
    }

    func testNotesAndClientCodeGoThroughTheIdentifierReview() {
        let ctx = Fixture.context()
        var d = FormDriver(ctx: ctx, root: TestHome { ChecklistScreen(ctx: $0, check: flagging("Maria")) })
        d.press(.char("n"), .char(" "), .char("n"))
        d.type("Maria again")
        d.press(.enter, .ctrl("s"))
        XCTAssertTrue(d.screen(80, 24).contains("in Note on: I felt drained before the session had really begun"))
        d.press(.char("b"))
        XCTAssertNil(d.checklist?.review)
        d.press(.ctrl("s"), .char("r"))
        XCTAssertTrue(d.app.top is ChecklistSummaryScreen)
        let saved = ctx.entries.first { $0.kind == .checklist }!
        XCTAssertEqual(BarrierChecklist(fields: saved.fields).answers.first?.note, "[name] again")
    }

    func testLeavingKeepsADraft() {
        var (d, ctx) = driver()
        d.press(.char(" "), .char("q"))
        XCTAssertTrue(d.app.top is TestHome)
        XCTAssertEqual(ctx.workbook.drafts().count, 1)
        d.press(.char("n"))
        d.press(.char("r"))
        XCTAssertEqual(answers(d)["fatigue.drained"]?.present, true)
    }

    func testHistoryCountsPerWindow() {
        let h = BarrierHistory(entries: Self.historyEntries(), definition: Fixture.checklist, now: Fixture.now)
        XCTAssertEqual(h.totals, [2, 3, 4])
        let fatigue = h.rows.first { $0.id == "fatigue" }!
        XCTAssertEqual(fatigue.counts.map { $0.entries.count }, [2, 2, 3])
        XCTAssertEqual(fatigue.counts[2].entries.map(\.id.rawValue),
                       ["20261120-0900-checklist-0001", "20261101-0900-checklist-0002", "20260401-0900-checklist-0004"])
        let boundaries = h.rows.first { $0.id == "boundaries" }!
        XCTAssertEqual(boundaries.counts.map { $0.entries.count }, [0, 1, 1])
        XCTAssertEqual(h.rows.map(\.id), Fixture.checklist.groups.map(\.id))
    }

    func testHistoryDrillsDownToTheEntriesBehindACount() {
        let ctx = Fixture.context(entries: Self.historyEntries())
        var d = FormDriver(ctx: ctx, root: BarrierHistoryScreen(ctx: ctx))
        d.press(.char("3"), .enter)
        XCTAssertEqual(d.app.top.title, "Compassion fatigue and burnout · last 52 weeks")
        let list = d.screen(80, 24)
        XCTAssertTrue(list.contains("2026-04-01 session      I was shorter or more irritable than I usually am"))
        d.press(.down, .enter)
        XCTAssertTrue(d.app.top is EntryScreen)
        d.press(.escape, .escape, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("1"), .enter)
        XCTAssertTrue(d.app.top is BarrierHistoryScreen, "nothing to list: boundaries in the last 4 weeks")
        XCTAssertEqual(d.app.message?.text, "Boundaries was not present in the last 4 weeks.")
    }
}
