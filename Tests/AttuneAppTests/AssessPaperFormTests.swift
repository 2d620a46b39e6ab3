import AttuneDomain
import AttuneStore
import AttuneTUI
import Foundation
import XCTest
@testable import AttuneApp

/// A form filled on paper (`--answers`) scores and saves exactly as the same answers given on screen.
final class AssessPaperFormTests: XCTestCase {
    private func onScreen(_ key: InstrumentKey, keys: [Key]) throws -> Entry {
        let ctx = Fixture.context(entries: [])
        let q = Questionnaire.instrument(key, wording: CheckInFixture.syntheticWording(key.itemCount))
        var app = AttuneApp(ctx: ctx, root: QuestionnaireScreen(questionnaire: q, ctx: ctx), exitWhenRootCloses: true)
        _ = CheckInFixture.press(&app, keys)
        return try XCTUnwrap(ctx.entries.first)
    }

    func testCBIPaperAnswersGiveTheSameEntryAsTheKeyboard() throws {
        let key = try CheckInFixture.cbi()
        // Choice 1 = 100 … 5 = 0; Down skips item 3 (unanswered, a blank place on paper).
        let typed = try onScreen(key, keys: CheckInFixture.digits("12") + [.down] + CheckInFixture.digits("3451234512345123")
                                    + [.enter])
        let paper = QuestionnaireRecord.assessment(
            key, answers: try key.parseAnswers("100,75,,50,25,0,100,75,50,25,0,100,75,50,25,0,100,75,50"),
            id: typed.id, created: typed.created, author: typed.author)
        XCTAssertEqual(paper.fields, typed.fields)
        XCTAssertEqual(paper.kind, .assessment)
        XCTAssertEqual(paper.fields["instrument"], .string("cbi"))
        XCTAssertEqual(paper.fields["answers"]?.list?[2], .null)
        XCTAssertNil(paper.fields["bands"], "the CBI has no bands")
        let scores = try XCTUnwrap(paper.fields["scores"]?.map)
        XCTAssertEqual(scores.keys, ["personal", "work", "client"])
        // personal: 100, 75, 50, 25, 0 → 50; work: 100, 75, 50, 25, 0, 100 and item 13 (75) reversed to 25 → 53.57…
        XCTAssertEqual(scores["personal"], .double(50))
        XCTAssertEqual(scores["work"]?.double ?? 0, 375.0 / 7, accuracy: 1e-9)
    }

    func testProQOLPaperAnswersGiveBandsAndUnscoredSubscales() throws {
        let key = try CheckInFixture.proqol()
        let all4 = Array(repeating: "4", count: 30).joined(separator: ",")
        let typed = try onScreen(key, keys: CheckInFixture.digits(String(repeating: "4", count: 30)) + [.enter])
        let paper = QuestionnaireRecord.assessment(key, answers: try key.parseAnswers(all4), id: typed.id,
                                                   created: typed.created, author: typed.author)
        XCTAssertEqual(paper.fields, typed.fields)
        XCTAssertEqual(paper.fields["scores"]?.map?["compassion_satisfaction"], .double(40))
        // Burnout: five items at 4, five reversed to 2 → 30.
        XCTAssertEqual(paper.fields["scores"]?.map?["burnout"], .double(30))
        XCTAssertEqual(paper.fields["bands"]?.map?["compassion_satisfaction"], .string("moderate"))

        let gap = QuestionnaireRecord.assessment(key, answers: try key.parseAnswers("," + all4.dropFirst(2)), id: typed.id,
                                                 created: typed.created, author: typed.author)
        XCTAssertEqual(gap.fields["scores"]?.map?["burnout"], .null, "item 1 belongs to burnout: not scored")
        XCTAssertNil(gap.fields["bands"]?.map?["burnout"])
        let page = QuestionnaireResultScreen.plainText(entry: gap, questionnaire: .instrument(key, wording: CheckInFixture.syntheticWording(30)),
                                                       entries: [])
        XCTAssertTrue(page.contains("Burnout: Not scored: 9 of 10 items answered; this scale needs at least 10."), page)
        XCTAssertTrue(page.contains("www.proqol.org"), "the ProQOL credit is shown with the result")
    }

    func testAPaperFormSavedInARealWorkbookReadsBackAsTheSchemaSays() throws {
        let (ctx, workbook) = try CheckInFixture.storeContext(self)
        let key = try CheckInFixture.cbi()
        let entry = QuestionnaireRecord.assessment(key, answers: try key.parseAnswers(",,,,,,,,,,,,,75,75,75,,,"),
                                                   id: EntryID("20261122-1000-assessment-0001"), created: Fixture.now,
                                                   author: "A. Lee")
        try ctx.workbook.save(entry)
        let back = try workbook.entry(entry.id)
        XCTAssertEqual(back.fields["scores"]?.map?["personal"], .null)
        XCTAssertEqual(back.fields["scores"]?.map?["client"], .double(75))
        XCTAssertEqual(back.fields["answers"]?.list?.count, 19)
    }
}
