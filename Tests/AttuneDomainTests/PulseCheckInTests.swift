import XCTest
@testable import AttuneDomain

/// Expected values computed by hand: strain = answer, or 4 − answer for reversed items; dimension =
/// mean strain × 25; overall = mean of the dimension scores.
final class PulseCheckInTests: XCTestCase {
    func testShippedPulseIsOurLabelledSelfReflection() throws {
        let pulse = try PulseCheckIn.bundled()
        XCTAssertEqual(pulse.dimensions.map(\.id), PulseCheckIn.schemaDimensionIDs)
        XCTAssertTrue((6...8).contains(pulse.items.count))
        XCTAssertTrue(pulse.items.contains { $0.reversed })
        XCTAssertTrue(pulse.items.contains { !$0.reversed })
        XCTAssertEqual(pulse.scale.map(\.value), [0, 1, 2, 3, 4])
        XCTAssertTrue(pulse.scale.allSatisfy { !$0.label.isEmpty })
        XCTAssertTrue(pulse.statement.contains("not a validated measure"))
        XCTAssertTrue(pulse.scoringMethod.contains("multiplied by 25"))
        XCTAssertEqual(pulse.label(for: 0), "Not at all")
        XCTAssertNil(pulse.label(for: 5))
    }

    func testScoresEveryDimension() throws {
        let pulse = try PulseCheckIn.bundled()
        let scores = pulse.score(answers: [
            "empty_tank": 3,                          // exhaustion: 3 × 25 = 75
            "autopilot": 2, "curious": 4,             // detachment: (2 + (4 − 4)) / 2 = 1 → 25
            "short_fuse": 1,                          // irritability: 25
            "rested": 1, "work_follows_home": 4,      // recovery: ((4 − 1) + 4) / 2 = 3.5 → 87.5
            "seeing_change": 3,                       // effectiveness: 4 − 3 = 1 → 25
            "sinking_before_session": 0,              // client_strain: 0
        ])
        XCTAssertEqual(scores, ["exhaustion": 75, "detachment": 25, "irritability": 25, "recovery": 87.5,
                                "effectiveness": 25, "client_strain": 0])
        // overall = (75 + 25 + 25 + 87.5 + 25 + 0) / 6 = 237.5 / 6 = 39.583…
        XCTAssertEqual(try XCTUnwrap(PulseCheckIn.overall(scores: scores)), 237.5 / 6, accuracy: 1e-9)
    }

    func testBoundsAndReversal() throws {
        let pulse = try PulseCheckIn.bundled()
        // Least strain: plain items 0, reversed items 4 → every dimension 0.
        let calm = Dictionary(uniqueKeysWithValues: pulse.items.map { ($0.id, $0.reversed ? 4 : 0) })
        XCTAssertEqual(Set(pulse.score(answers: calm).values), [0])
        XCTAssertEqual(pulse.overall(answers: calm), 0)
        // Most strain: plain items 4, reversed items 0 → every dimension 100.
        let strained = Dictionary(uniqueKeysWithValues: pulse.items.map { ($0.id, $0.reversed ? 0 : 4) })
        XCTAssertEqual(Set(pulse.score(answers: strained).values), [100])
        XCTAssertEqual(pulse.overall(answers: strained), 100)
    }

    func testUnansweredItemsAndDimensionsAreLeftOut() throws {
        let pulse = try PulseCheckIn.bundled()
        // Only one recovery item: rested = 0 → 4 − 0 = 4 → 100; no other dimension appears.
        XCTAssertEqual(pulse.score(answers: ["rested": 0]), ["recovery": 100])
        XCTAssertEqual(pulse.overall(answers: ["rested": 0]), 100)
        XCTAssertEqual(pulse.score(answers: [:]), [:])
        XCTAssertNil(pulse.overall(answers: [:]))
    }

    func testInvalidAnswersAreIgnoredByScoreAndRefusedByValidate() throws {
        let pulse = try PulseCheckIn.bundled()
        let answers = ["empty_tank": 7, "short_fuse": 2, "made_up": 1]
        XCTAssertEqual(pulse.score(answers: answers), ["irritability": 50])  // 2 × 25
        XCTAssertEqual(thrownError { try pulse.validate(answers: ["empty_tank": 7]) } as? PulseAnswerError,
                       .valueOffScale(item: "empty_tank", value: 7, lowest: 0, highest: 4))
        XCTAssertEqual(thrownError { try pulse.validate(answers: ["made_up": 1]) } as? PulseAnswerError,
                       .unknownItem("made_up"))
        XCTAssertNoThrow(try pulse.validate(answers: ["short_fuse": 2]))
    }

    func testInvalidPulseFilesAreRefused() {
        let good = """
            format: attune-pulse
            schema: 1
            id: p
            title: P
            period: this week
            statement: s
            scoring_method: m
            scale: [{value: 0, label: No}, {value: 1, label: Yes}]
            dimensions: [{id: exhaustion, title: Exhaustion}]
            items: [{id: a, dimension: exhaustion, text: Synthetic, reversed: false}]
            """
        XCTAssertNoThrow(try PulseCheckIn(yaml: good))
        let cases: [(String, String)] = [
            (good.replacingOccurrences(of: "dimension: exhaustion", with: "dimension: mood"), "'mood', which is not listed"),
            (good.replacingOccurrences(of: "{value: 1, label: Yes}", with: "{value: 0, label: Yes}"), "must rise"),
            (good.replacingOccurrences(of: "items: [", with: "items: [{id: a, dimension: exhaustion, text: T, reversed: true}, "),
             "item 'a' appears twice"),
            (good.replacingOccurrences(of: "[{id: exhaustion, title: Exhaustion}]",
                                       with: "[{id: exhaustion, title: E}, {id: recovery, title: R}]"),
             "dimension 'recovery' has no items"),
            (good.replacingOccurrences(of: "attune-pulse", with: "x"), "expected 'attune-pulse'"),
        ]
        for (yaml, expected) in cases {
            let text = String(describing: thrownError { try PulseCheckIn(yaml: yaml, file: "p.yaml") } ?? "no error" as Any)
            XCTAssertTrue(text.contains(expected) && text.hasPrefix("p.yaml: "), "\(expected) ← \(text)")
        }
    }
}
