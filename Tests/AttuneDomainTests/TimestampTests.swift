import XCTest
@testable import AttuneDomain

final class TimestampTests: XCTestCase {
    // 2026-11-22T03:02:57Z = 1795316577 s (python: calendar.timegm(datetime(2026,11,22,3,2,57).timetuple())).
    private let sample = Date(timeIntervalSince1970: 1_795_316_577)

    func testFormatAndParseRoundTrip() throws {
        XCTAssertEqual(Timestamp.format(sample), "2026-11-22T03:02:57Z")
        XCTAssertEqual(Timestamp.parse("2026-11-22T03:02:57Z"), sample)
        for text in ["2026-11-22T03:02:57Z", "2024-02-29T23:59:59Z", "1969-12-31T00:00:00Z", "2000-01-01T00:00:00Z"] {
            XCTAssertEqual(Timestamp.parse(text).map(Timestamp.format), text)
        }
        XCTAssertEqual(Timestamp.parse("2024-02-29T23:59:59Z")?.timeIntervalSince1970, 1_709_251_199)
        XCTAssertEqual(Timestamp.parse("1969-12-31T00:00:00Z")?.timeIntervalSince1970, -86_400)
        // Many dates: format(parse(format(d))) is stable to the second.
        for step in stride(from: -2_000_000_000.0, through: 4_000_000_000.0, by: 86_399 * 97.0) {
            let date = Date(timeIntervalSince1970: step)
            XCTAssertEqual(Timestamp.parse(Timestamp.format(date)), date, "\(step)")
        }
    }

    func testOffsetsFractionsAndPlainDates() {
        XCTAssertEqual(Timestamp.parse("2026-11-22T05:02:57+02:00"), sample)
        XCTAssertEqual(Timestamp.parse("2026-11-21T22:32:57-04:30"), sample)
        XCTAssertEqual(Timestamp.parse("2026-11-22T03:02:57.250Z")?.timeIntervalSince1970, 1_795_316_577.25)
        XCTAssertEqual(Timestamp.parse("2026-11-22 03:02:57Z"), sample)
        let midnight: TimeInterval = 1_795_316_577 - 10_977  // minus 03:02:57 = 3×3600 + 2×60 + 57 s
        XCTAssertEqual(Timestamp.parse("2026-11-22")?.timeIntervalSince1970, midnight)
    }

    func testMalformedTextIsRejected() {
        for text in ["", "garbage", "2026-13-01", "2026-00-10", "2026-11-32", "2026-11-22T24:00:00Z",
                     "2026-11-22T03:60:00Z", "2026/11/22", "2026-11-22T03:02:57X", "26-11-22"] {
            XCTAssertNil(Timestamp.parse(text), text)
        }
    }
}
