import AttuneDomain
import Foundation
import XCTest
@testable import AttuneApp

/// The history model and what `attune scores` prints for scripts and spreadsheets.
final class ScoresReportTests: XCTestCase {
    private func entries() throws -> [Entry] {
        [try CheckInFixture.pulseEntry("20261122-0900-checkin-0003", daysAgo: 0.05, answers: ["empty_tank": 4]),
         try CheckInFixture.cbiEntry("20261120-0900-assessment-0002", daysAgo: 2,
                                     answers: "100,100,100,,,,50,50,50,50,,,,,,,,,"),
         try CheckInFixture.pulseEntry("20261101-0900-checkin-0001", daysAgo: 21, answers: ["empty_tank": 1, "rested": 4])]
    }

    func testHistoryIsOldestFirstPerInstrumentWithPreviousAndChange() throws {
        let pulse = try ScoreHistory.build(instrument: "pulse", entries: try entries())
        XCTAssertEqual(pulse.points.map(\.id.rawValue), ["20261101-0900-checkin-0001", "20261122-0900-checkin-0003"])
        XCTAssertEqual(pulse.values("exhaustion"), [25, 100])
        XCTAssertEqual(pulse.values("recovery"), [0, nil])
        XCTAssertEqual(pulse.previous(before: pulse.points[1].id)?.id, pulse.points[0].id)
        XCTAssertNil(pulse.previous(before: pulse.points[0].id))
        XCTAssertEqual(ScoreHistory.changeText(100, 25), "+75")
        XCTAssertEqual(ScoreHistory.changeText(20, 25), "−5")
        XCTAssertEqual(ScoreHistory.changeText(25, 25.4), "±0")
        XCTAssertNil(ScoreHistory.changeText(nil, 25))

        let cbi = try ScoreHistory.build(instrument: "cbi", entries: try entries())
        XCTAssertEqual(cbi.points.count, 1)
        XCTAssertEqual(cbi.referenceLine, 50)
        XCTAssertEqual(cbi.values("personal"), [100])
        XCTAssertEqual(cbi.values("client"), [nil])
        let proqol = try ScoreHistory.build(instrument: "proqol5", entries: try entries())
        XCTAssertEqual(proqol.range, 10...50)
        XCTAssertTrue(proqol.points.isEmpty)
    }

    func testSinceKeepsEntriesFromThatDayOn() throws {
        let since = try XCTUnwrap(Timestamp.parse("2026-11-20"))
        let pulse = try ScoreHistory.build(instrument: "pulse", entries: try entries(), since: since)
        XCTAssertEqual(pulse.points.map(\.id.rawValue), ["20261122-0900-checkin-0003"])
        XCTAssertEqual(try ScoreHistory.build(instrument: "cbi", entries: try entries(), since: since).points.count, 1)
    }

    func testJSONHasOneObjectPerSavedCheckInWithNullForUnscored() throws {
        let histories = try ["pulse", "cbi"].map { try ScoreHistory.build(instrument: $0, entries: try entries()) }
        let parsed = try JSONSerialization.jsonObject(with: ScoresReport.json(histories)) as? [[String: Any]]
        let rows = try XCTUnwrap(parsed)
        XCTAssertEqual(rows.map { $0["instrument"] as? String }, ["pulse", "pulse", "cbi"])
        XCTAssertEqual(rows[0]["created"] as? String, "2026-11-01T10:00:00Z")
        let scores = try XCTUnwrap(rows[0]["scores"] as? [String: Any])
        XCTAssertEqual(Set(scores.keys), Set(PulseCheckIn.schemaDimensionIDs))
        XCTAssertEqual(scores["exhaustion"] as? Double, 25)
        XCTAssertTrue(scores["irritability"] is NSNull)
        XCTAssertTrue((rows[2]["scores"] as? [String: Any])?["client"] is NSNull)
    }

    func testCSVIsOneRowPerScoreWithEmptyCellsForUnscored() throws {
        let cbi = try ScoreHistory.build(instrument: "cbi", entries: try entries())
        XCTAssertEqual(ScoresReport.csv([cbi]), """
            created,instrument,dimension,score,id
            2026-11-20T10:00:00Z,cbi,personal,100,20261120-0900-assessment-0002
            2026-11-20T10:00:00Z,cbi,work,50,20261120-0900-assessment-0002
            2026-11-20T10:00:00Z,cbi,client,,20261120-0900-assessment-0002

            """)
        XCTAssertEqual(ScoresReport.field("a,b"), "\"a,b\"")
        XCTAssertEqual(ScoresReport.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(ScoresReport.number(37.5), "37.50")
    }

    func testTextTableForTheTerminal() throws {
        let pulse = try ScoreHistory.build(instrument: "pulse", entries: try entries())
        XCTAssertEqual(ScoresReport.text([pulse]), """
            Burnout pulse check-in (pulse): 2 saved
            date               exhaustion  detachment  irritability  recovery  effectiveness  client_strain
            2026-11-01 10:00           25           –             –         0              –              –
            2026-11-22 08:48          100           –             –         –              –              –

            """)
    }
}
