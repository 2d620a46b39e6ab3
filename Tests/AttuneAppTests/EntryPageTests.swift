import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

final class EntryPageTests: XCTestCase {
    func testNoteReadsAsAPageAt80x24() {
        let ctx = Fixture.context()
        let app = AttuneApp(ctx: ctx, root: EntryScreen(id: EntryID("20261121-0900-note-0001"), ctx: ctx))
        assertScreen(app.render(size: Size(width: 80, height: 24)), """
             Attune · Countertransference note             A. Lee · supervisee · 2026-11-22
              Countertransference note · C-114
              2026-11-21 10:00 · A. Lee · shared with supervisor
              tags: grief
              id: 20261121-0900-note-0001
              Session 2026-11-20

              Trigger
                Long silence after a question about home.

              Reactions
                Helpless / inadequate  ●●●●○ 4/5

              Direction
                Drawn toward

              For supervision
                the silence





                                         e edit  s share/unshare  d delete  Esc back  ? help
            """)
    }

    func testNoteReadsAsAPageAt40x15() {
        let ctx = Fixture.context(size: Size(width: 40, height: 15))
        let app = AttuneApp(ctx: ctx, root: EntryScreen(id: EntryID("20261121-0900-note-0001"), ctx: ctx))
        assertScreen(app.render(size: Size(width: 40, height: 15)), """
             Attune · Countertransference note
             Countertransference note · C-114
             2026-11-21 10:00 · A. Lee · shared
             with supervisor
             tags: grief
             id: 20261121-0900-note-0001
             Session 2026-11-20

             Trigger
               Long silence after a question about
               home.

             Reactions
             — 0% · ↓ PgDn for more —
                                         e s d Esc ?
            """)
    }

    func testOnboardingAt80x24() {
        let onboarding = OnboardingProgram(theme: .mono, workbookPath: "/home/a/.local/share/attune")
        assertScreen(onboarding.render(size: Size(width: 80, height: 24)), """




                    ┌ Welcome to Attune ───────────────────────────────────────────┐
                    │ A private workbook for supervision. Everything stays in      │
                    │ plain files in /home/a/.local/share/attune.                  │
                    │                                                              │
                    │ 1. Your role                                                 │
                    │   1 (•) Supervisee — I write notes, checklists and check-ins │
                    │   2 ( ) Supervisor — I review what supervisees share         │
                    │                                                              │
                    │ 2. Your name or initials                                     │
                    │   e.g. A. Lee                                                │
                    │                                                              │
                    │                                                              │
                    │                                                              │
                    │                                                              │
                    │ ↑↓ choose · Enter next · Esc cancel                          │
                    └──────────────────────────────────────────────────────────────┘
            """)
    }

    func testOnboardingAt40x15() {
        let onboarding = OnboardingProgram(theme: .mono, workbookPath: "/home/a/.local/share/attune")
        assertScreen(onboarding.render(size: Size(width: 40, height: 15)), """
            ┌ Welcome to Attune ───────────────────┐
            │ A private workbook for supervision.  │
            │ Everything stays in plain files in   │
            │ /home/a/.local/share/attune.         │
            │                                      │
            │ 1. Your role                         │
            │   1 (•) Supervisee — I write notes,… │
            │   2 ( ) Supervisor — I review what … │
            │                                      │
            │ 2. Your name or initials             │
            │   e.g. A. Lee                        │
            │                                      │
            │                                      │
            │ ↑↓ choose · Enter next · Esc cancel  │
            └──────────────────────────────────────┘
            """)
    }

    func testOnboardingNeedsANameAndCancelsCleanly() {
        var onboarding = OnboardingProgram(theme: .mono, workbookPath: "/tmp/x")
        _ = onboarding.update(.key(.enter))                 // role chosen, focus on the name
        XCTAssertEqual(onboarding.update(.key(.enter)), [])  // empty name is refused with a sentence
        XCTAssertTrue(onboarding.render(size: Size(width: 80, height: 24)).text.contains("Type a name or initials first"))
        for c in "A. Lee" { _ = onboarding.update(.key(.char(c))) }
        XCTAssertEqual(onboarding.update(.key(.enter)), [.quit])
        XCTAssertEqual(onboarding.result, .create(role: "supervisee", name: "A. Lee"))
        var other = OnboardingProgram(theme: .mono, workbookPath: "/tmp/x")
        XCTAssertEqual(other.update(.key(.escape)), [.quit])
        XCTAssertEqual(other.result, .cancelled)
    }

    func testPlainTextOfAChecklistNamesPresentItemsByGroup() {
        let def = Fixture.checklist
        let c = BarrierChecklist(period: "week", answers: [.init(id: "presence.screen", present: true, severity: 2, note: "phone on desk"),
                                                           .init(id: "fatigue.numb", present: false)])
        let e = Entry(id: EntryID("20261120-1000-checklist-0001"), kind: .checklist, created: Fixture.now, author: "A. Lee",
                      fields: c.fields(definition: def))
        let text = EntryPage.plainText(for: e, checklist: def)
        XCTAssertTrue(text.contains("Covers the week"), text)
        XCTAssertTrue(text.contains("1 of 2 items present"), text)
        XCTAssertTrue(text.contains("Presence and distraction\n------------------------"), text)
        XCTAssertTrue(text.contains("(severity 2/3)"), text)
        XCTAssertTrue(text.contains("phone on desk"), text)
        XCTAssertFalse(text.contains("Compassion fatigue"), "groups with nothing present are left out")
    }

    func testAnAssessmentPageScoresWithoutImportedWording() throws {
        let key = try InstrumentKey.bundled("cbi")
        let answers: [Int?] = Array(repeating: 50, count: key.itemCount)
        let e = Entry(id: EntryID("20261120-1000-assessment-0001"), kind: .assessment, created: Fixture.now,
                      author: "A. Lee", fields: key.assessmentFields(answers: answers))
        let text = EntryPage.plainText(for: e, checklist: Fixture.checklist)
        XCTAssertTrue(text.contains("19 of 19 items answered"), text)
        XCTAssertTrue(text.contains("Personal burnout"), text)
        XCTAssertFalse(text.contains("Not scored"), text)
    }
}
