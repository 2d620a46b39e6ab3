import XCTest
@testable import AttuneDomain

/// Expected values computed by hand from the ProQOL 5 key: CS 3,6,12,16,18,20,22,24,27,30;
/// BO 1,4,8,10,15,17,19,21,26,29 with 1,4,15,17,29 reversed (6 − x); STS 2,5,7,9,11,13,14,23,25,28;
/// subscale = sum (10–50); ≤22 low, 23–41 moderate, ≥42 high; incomplete subscale not scored (Attune's rule).
final class ProQOLScoringTests: XCTestCase {
    private let cs = [3, 6, 12, 16, 18, 20, 22, 24, 27, 30]
    private let boReversed = [1, 4, 15, 17, 29]
    private let boPlain = [8, 10, 19, 21, 26]
    private let sts = [2, 5, 7, 9, 11, 13, 14, 23, 25, 28]

    private func fill(_ groups: [([Int], Int)]) -> [Int?] {
        var set: [Int: Int] = [:]
        for (items, value) in groups { for item in items { set[item] = value } }
        return answers(count: 30, set)
    }

    func testAllAnsweredMixed() throws {
        let key = try loadProQOL()
        // CS: 10 × 4 = 40 (moderate). BO: reversed items circled 2 → 6 − 2 = 4, 5 × 4 = 20; plain items 3,
        // 5 × 3 = 15; 20 + 15 = 35 (moderate). STS: 10 × 2 = 20 (low).
        let result = key.score(answers: fill([(cs, 4), (boReversed, 2), (boPlain, 3), (sts, 2)]))
        XCTAssertEqual(result["compassion_satisfaction"]?.score, 40)
        XCTAssertEqual(result["burnout"]?.score, 35)
        XCTAssertEqual(result["secondary_trauma"]?.score, 20)
        XCTAssertEqual(result.scales.map { $0.band?.id }, ["moderate", "moderate", "low"])
        XCTAssertEqual(result.answeredCount, 30)
        XCTAssertNil(result.referenceLine)
        XCTAssertEqual(result.bandFields, ["compassion_satisfaction": .string("moderate"),
                                           "burnout": .string("moderate"), "secondary_trauma": .string("low")])
    }

    func testBandBoundaries22And23() throws {
        let key = try loadProQOL()
        // STS: eight items 2 and two items 3 → 16 + 6 = 22 → low.
        let at22 = key.score(answers: fill([(Array(sts.prefix(8)), 2), (Array(sts.suffix(2)), 3)]))
        XCTAssertEqual(at22["secondary_trauma"]?.score, 22)
        XCTAssertEqual(at22["secondary_trauma"]?.band?.id, "low")
        // STS: seven items 2 and three items 3 → 14 + 9 = 23 → moderate.
        let at23 = key.score(answers: fill([(Array(sts.prefix(7)), 2), (Array(sts.suffix(3)), 3)]))
        XCTAssertEqual(at23["secondary_trauma"]?.score, 23)
        XCTAssertEqual(at23["secondary_trauma"]?.band?.id, "moderate")
    }

    func testBandBoundaries41And42() throws {
        let key = try loadProQOL()
        // CS: nine items 4 and one item 5 → 36 + 5 = 41 → moderate.
        let at41 = key.score(answers: fill([(Array(cs.prefix(9)), 4), (Array(cs.suffix(1)), 5)]))
        XCTAssertEqual(at41["compassion_satisfaction"]?.score, 41)
        XCTAssertEqual(at41["compassion_satisfaction"]?.band?.id, "moderate")
        // CS: eight items 4 and two items 5 → 32 + 10 = 42 → high.
        let at42 = key.score(answers: fill([(Array(cs.prefix(8)), 4), (Array(cs.suffix(2)), 5)]))
        XCTAssertEqual(at42["compassion_satisfaction"]?.score, 42)
        XCTAssertEqual(at42["compassion_satisfaction"]?.band?.id, "high")
    }

    func testBurnoutReversalReachesTheHighBand() throws {
        let key = try loadProQOL()
        // Reversed items circled 1 → 6 − 1 = 5 each, 25; plain items 4, 4, 3, 3, 3 = 17; 25 + 17 = 42 → high.
        let result = key.score(answers: fill([(boReversed, 1), ([8, 10], 4), ([19, 21, 26], 3)]))
        XCTAssertEqual(result["burnout"]?.score, 42)
        XCTAssertEqual(result["burnout"]?.band?.id, "high")
        // Same plain items, reversed items circled 2 → 4 each, 20; 20 + 17 = 37 → moderate.
        let lower = key.score(answers: fill([(boReversed, 2), ([8, 10], 4), ([19, 21, 26], 3)]))
        XCTAssertEqual(lower["burnout"]?.score, 37)
    }

    func testBoundsAllOnesAndAllFives() throws {
        let key = try loadProQOL()
        // All 1: CS 10, STS 10; BO = five reversed 6 − 1 = 5 (25) + five plain 1 (5) = 30.
        let ones = key.score(answers: Array(repeating: 1, count: 30))
        XCTAssertEqual(ones.scales.map(\.score), [10, 30, 10])
        XCTAssertEqual(ones.scales.map { $0.band?.id }, ["low", "moderate", "low"])
        // All 5: CS 50, STS 50; BO = five reversed 6 − 5 = 1 (5) + five plain 5 (25) = 30.
        let fives = key.score(answers: Array(repeating: 5, count: 30))
        XCTAssertEqual(fives.scales.map(\.score), [50, 30, 50])
        // Burnout extremes: reversed 5 → 1 and plain 1 → 5 + 5 = 10 (low); reversed 1 → 5 and plain 5 → 50 (high).
        XCTAssertEqual(key.score(answers: fill([(boReversed, 5), (boPlain, 1)]))["burnout"]?.score, 10)
        XCTAssertEqual(key.score(answers: fill([(boReversed, 1), (boPlain, 5)]))["burnout"]?.score, 50)
    }

    func testIncompleteSubscaleIsNotScored() throws {
        let key = try loadProQOL()
        // Every item 3 except STS item 28 blank: CS 30, BO 5 × (6 − 3) + 5 × 3 = 30, STS 9 of 10 → not scored.
        var list: [Int?] = Array(repeating: 3, count: 30)
        list[27] = nil
        let result = key.score(answers: list)
        XCTAssertEqual(result["compassion_satisfaction"]?.score, 30)
        XCTAssertEqual(result["burnout"]?.score, 30)
        let stsResult = try XCTUnwrap(result["secondary_trauma"])
        XCTAssertNil(stsResult.score)
        XCTAssertNil(stsResult.band)
        XCTAssertEqual(stsResult.answered, 9)
        XCTAssertEqual(stsResult.notScoredReason, "Not scored: 9 of 10 items answered; this scale needs at least 10.")
        XCTAssertEqual(result.answeredCount, 29)
        XCTAssertEqual(result.scoreFields["secondary_trauma"], .null)
    }

    func testZeroAndSixAreNotProQOLAnswers() throws {
        let key = try loadProQOL()
        var list: [Int?] = Array(repeating: 2, count: 30)
        list[2] = 0   // item 3 (CS)
        list[3] = 6   // item 4 (BO)
        let result = key.score(answers: list)
        XCTAssertEqual(result.ignoredPositions, [3, 4])
        XCTAssertNil(result["compassion_satisfaction"]?.score)
        XCTAssertNil(result["burnout"]?.score)
        XCTAssertEqual(result["secondary_trauma"]?.score, 20)  // 10 × 2
    }
}
