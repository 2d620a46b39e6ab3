import XCTest
@testable import AttuneDomain

final class AnswerStringTests: XCTestCase {
    func testCBIStringWithBlanksAndSpaces() throws {
        let cbi = try loadCBI()
        let parsed = try cbi.parseAnswers(" 100,75,,50, 25 ,0,100,75,50,25,0,100,75,50,25,0,100,  ,0 ")
        XCTAssertEqual(parsed.count, 19)
        XCTAssertEqual(Array(parsed.prefix(6)), [100, 75, nil, 50, 25, 0])
        XCTAssertNil(parsed[17])
        XCTAssertEqual(parsed[18], 0)
    }

    func testWrongCountNamesExpectedAndGot() throws {
        let cbi = try loadCBI()
        let eighteen = Array(repeating: "50", count: 18).joined(separator: ",")
        let error = thrownError { try cbi.parseAnswers(eighteen) }
        XCTAssertEqual(error as? AnswerStringError, .wrongCount(instrument: "CBI", expected: 19, got: 18))
        XCTAssertTrue(String(describing: error!).hasPrefix("CBI has 19 items, but the answers give 18."))
        // A trailing comma opens a 20th place.
        let twenty = Array(repeating: "50", count: 19).joined(separator: ",") + ","
        XCTAssertEqual(thrownError { try cbi.parseAnswers(twenty) } as? AnswerStringError,
                       .wrongCount(instrument: "CBI", expected: 19, got: 20))
        XCTAssertEqual(thrownError { try cbi.parseAnswers("   ") } as? AnswerStringError,
                       .wrongCount(instrument: "CBI", expected: 19, got: 0))
    }

    func testValueNotAllowedNamesPositionAndAllowedValues() throws {
        let cbi = try loadCBI()
        var places = Array(repeating: "25", count: 19)
        places[4] = "70"
        let error = thrownError { try cbi.parseAnswers(places.joined(separator: ",")) }
        XCTAssertEqual(error as? AnswerStringError,
                       .notAllowed(instrument: "CBI", position: 5, text: "70", allowed: "100, 75, 50, 25, 0"))
        XCTAssertEqual(String(describing: error!), "Answer 5 is \"70\", which CBI does not use. "
                       + "Allowed: 100, 75, 50, 25, 0, or empty for an unanswered item.")
    }

    func testProQOLAcceptsOneToFiveOnly() throws {
        let key = try loadProQOL()
        let good = Array(repeating: "3", count: 29).joined(separator: ",") + ",5"
        XCTAssertEqual(try key.parseAnswers(good).last, 5)
        for (bad, position) in [("0", 1), ("6", 1), ("three", 1), ("2.5", 1)] {
            var places = Array(repeating: "3", count: 30)
            places[position - 1] = bad
            let error = thrownError { try key.parseAnswers(places.joined(separator: ",")) }
            XCTAssertEqual(error as? AnswerStringError,
                           .notAllowed(instrument: "ProQOL 5", position: position, text: bad, allowed: "1, 2, 3, 4, 5"))
        }
    }

    func testParsedAnswersScoreLikeTheForm() throws {
        let cbi = try loadCBI()
        // Personal 100 ×3 and blanks ×3 → 100; work all blank; client 0 ×6 → 0.
        let parsed = try cbi.parseAnswers("100,100,100,,,,,,,,,,,0,0,0,0,0,0")
        let result = cbi.score(answers: parsed)
        XCTAssertEqual(result.scales.map(\.score), [100, nil, 0])
    }
}
