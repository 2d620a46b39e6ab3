import XCTest
@testable import AttuneDomain

/// Expected values computed by hand from the PUMA rules: codes 100/75/50/25/0 as ticked, item 13 reversed
/// (100 − code), scale = mean of answered items; non-responder below 3 (personal), 4 (work), 3 (client, ours).
final class CBIScoringTests: XCTestCase {
    private let personal = Array(1...6), work = Array(7...13), client = Array(14...19)

    func testAllAnsweredMixed() throws {
        let cbi = try loadCBI()
        let result = cbi.score(answers: [
            100, 75, 50, 75, 25, 50,       // personal: 375 / 6 = 62.5
            75, 50, 50, 25, 75, 50, 25,    // work: item 13 ticked 25 → 100 − 25 = 75; 75+50+50+25+75+50+75 = 400 / 7
            0, 25, 50, 25, 0, 50,          // client: 150 / 6 = 25
        ])
        XCTAssertEqual(try XCTUnwrap(result["personal"]?.score), 62.5, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(result["work"]?.score), 400.0 / 7.0, accuracy: 1e-9)  // 57.142857…
        XCTAssertEqual(try XCTUnwrap(result["client"]?.score), 25, accuracy: 1e-9)
        XCTAssertEqual(result.answeredCount, 19)
        XCTAssertEqual(result.referenceLine, 50)
        XCTAssertTrue(result.scales.allSatisfy { $0.band == nil && $0.notScoredReason == nil })
        XCTAssertEqual(result.scales.map(\.id), ["personal", "work", "client"])
    }

    func testItemThirteenIsReversed() throws {
        let cbi = try loadCBI()
        // Work items 7–12 "never" (0), item 13 "never" (0) → 100 − 0 = 100; mean 100 / 7 = 14.2857…
        let lowOthers = cbi.score(answers: answers(count: 19, items: work, value: 0))
        XCTAssertEqual(try XCTUnwrap(lowOthers["work"]?.score), 100.0 / 7.0, accuracy: 1e-9)
        // Work items 7–12 "always" (100), item 13 "always" (100) → 0; mean 600 / 7 = 85.714…
        let highOthers = cbi.score(answers: answers(count: 19, items: work, value: 100))
        XCTAssertEqual(try XCTUnwrap(highOthers["work"]?.score), 600.0 / 7.0, accuracy: 1e-9)
        // No personal item is reversed: all six "never" (0) → 0 / 6 = 0.
        let personalNever = cbi.score(answers: answers(count: 19, items: personal, value: 0))
        XCTAssertEqual(personalNever["personal"]?.score, 0)
    }

    func testBoundsAllLeastAndMostStrain() throws {
        let cbi = try loadCBI()
        // Least strain: every item 0 except item 13 = 100 (→ 0): every scale 0.
        let least = cbi.score(answers: answers(count: 19, base: [13: 100], items: personal + Array(7...12) + client,
                                               value: 0))
        XCTAssertEqual(least.scales.map(\.score), [0, 0, 0])
        // Most strain: every item 100 except item 13 = 0 (→ 100): every scale 100.
        let most = cbi.score(answers: answers(count: 19, base: [13: 0], items: personal + Array(7...12) + client,
                                              value: 100))
        XCTAssertEqual(most.scales.map(\.score), [100, 100, 100])
    }

    func testMissingAnswersAverageOnlyAnsweredItems() throws {
        let cbi = try loadCBI()
        // Personal: items 1, 2, 5 answered 100, 50, 25 → 175 / 3 = 58.33…; items 3, 4, 6 blank.
        // Client: items 14, 15, 16, 17 answered 75, 75, 50, 0 → 200 / 4 = 50.
        let result = cbi.score(answers: answers(count: 19, [1: 100, 2: 50, 5: 25, 14: 75, 15: 75, 16: 50, 17: 0]))
        XCTAssertEqual(try XCTUnwrap(result["personal"]?.score), 175.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(result["personal"]?.answered, 3)
        XCTAssertEqual(result["client"]?.score, 50)
        XCTAssertNil(result["work"]?.score)
        XCTAssertEqual(result["work"]?.answered, 0)
        XCTAssertEqual(result.answeredCount, 7)
    }

    func testPersonalRuleAtBoundary() throws {
        let cbi = try loadCBI()
        // 3 answered (PUMA minimum): 100 + 75 + 50 = 225 / 3 = 75.
        XCTAssertEqual(cbi.score(answers: answers(count: 19, [1: 100, 3: 75, 6: 50]))["personal"]?.score, 75)
        // 2 answered: non-responder.
        let two = try XCTUnwrap(cbi.score(answers: answers(count: 19, [1: 100, 3: 75]))["personal"])
        XCTAssertNil(two.score)
        XCTAssertEqual(two.answered, 2)
        XCTAssertEqual(two.required, 3)
        XCTAssertEqual(two.notScoredReason, "Not scored: 2 of 6 items answered; this scale needs at least 3.")
    }

    func testWorkRuleAtBoundary() throws {
        let cbi = try loadCBI()
        // 4 answered (PUMA minimum): 100 + 75 + 50 + (100 − 100 = 0) = 225 / 4 = 56.25.
        let four = cbi.score(answers: answers(count: 19, [7: 100, 8: 75, 9: 50, 13: 100]))
        XCTAssertEqual(four["work"]?.score, 56.25)
        // 3 answered: non-responder.
        let three = try XCTUnwrap(cbi.score(answers: answers(count: 19, [7: 100, 8: 75, 13: 100]))["work"])
        XCTAssertNil(three.score)
        XCTAssertEqual(three.required, 4)
        XCTAssertTrue(try XCTUnwrap(three.notScoredReason).contains("3 of 7"))
    }

    func testClientRuleAtBoundary() throws {
        let cbi = try loadCBI()
        // 3 answered: 25 + 25 + 100 = 150 / 3 = 50.
        XCTAssertEqual(cbi.score(answers: answers(count: 19, [14: 25, 18: 25, 19: 100]))["client"]?.score, 50)
        XCTAssertNil(cbi.score(answers: answers(count: 19, [14: 25, 19: 100]))["client"]?.score)
    }

    func testCodesTheFormDoesNotUseAreIgnoredAndReported() throws {
        let cbi = try loadCBI()
        // Item 2 = 70 is no CBI code: scored as unanswered. Personal = (100 + 50 + 0) / 3 = 50.
        var list = answers(count: 19, [1: 100, 2: 70, 3: 50, 4: 0])
        list.append(100)  // a 20th answer beyond the last item
        let result = cbi.score(answers: list)
        XCTAssertEqual(result["personal"]?.score, 50)
        XCTAssertEqual(result.ignoredPositions, [2, 20])
        XCTAssertEqual(result.answeredCount, 3)
    }

    func testShortAnswerListCountsAsUnanswered() throws {
        let cbi = try loadCBI()
        // Only the six personal answers given: 25 × 6 / 6 = 25; work and client unscored.
        let result = cbi.score(answers: [25, 25, 25, 25, 25, 25])
        XCTAssertEqual(result["personal"]?.score, 25)
        XCTAssertNil(result["work"]?.score)
        XCTAssertNil(result["client"]?.score)
    }

    func testEntryFieldsFollowTheSchema() throws {
        let cbi = try loadCBI()
        let result = cbi.score(answers: answers(count: 19, [1: 100, 2: 100, 3: 100]))
        XCTAssertEqual(result.scoreFields, ["personal": .double(100), "work": .null, "client": .null])
        XCTAssertTrue(result.bandFields.isEmpty)
    }
}
