import AttuneDomain
import Foundation
import XCTest
import Yams
@testable import AttuneStore

/// The hand-written resolver must agree with Yams' regex resolver on what is and is not a string.
final class PlainScalarResolverTests: XCTestCase {
    private let samples = [
        "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "on", "Off", "y", "n", "true", "tRUE",
        "0", "00", "07", "08", "0o17", "0o", "0o8", "0b101", "0b", "0b2", "0x1F", "0xg", "0x", "-0x1f", "+12", "-0",
        "1_000", "_1", "1__", "12a", "1:20", "1:2:3", "1:60", "1:5a", "0:20", "190:20:30", "1.5", "1.", ".5", "._5",
        "-.5", ".5e+3", ".5e3", "1e5", "1E-5", "1e", "1e+", "+1.5e10", "1.2.3", "1:20.5", "1:20.", "-1:20.25",
        ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "-.nan", "inf", "nan", "<<", "=", "==", "2026-11-22",
        "2026-11-22T03:02:57Z", "v1.2", "1 2", "12:30", "A. Lee", "C-12", "-", "+", ".", "9223372036854775808",
    ]

    func testAgreesWithYamsDefaultResolver() {
        for text in samples {
            let yamsTag = Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(text)))
            let yamsSaysText = yamsTag == .str || yamsTag == .timestamp
            let oursSaysText = PlainScalarResolver.resolve(text) == .string
            XCTAssertEqual(oursSaysText, yamsSaysText, "'\(text)': Yams \(yamsTag.rawValue)")
        }
    }

    func testValues() {
        XCTAssertEqual(PlainScalarResolver.resolve("0x1F"), .int(31))
        XCTAssertEqual(PlainScalarResolver.resolve("0o17"), .int(15))
        XCTAssertEqual(PlainScalarResolver.resolve("017"), .int(15))
        XCTAssertEqual(PlainScalarResolver.resolve("-0b101"), .int(-5))
        XCTAssertEqual(PlainScalarResolver.resolve("1_000"), .int(1000))
        XCTAssertEqual(PlainScalarResolver.resolve("1:20"), .int(80))
        XCTAssertEqual(PlainScalarResolver.resolve("1.5"), .double(1.5))
        XCTAssertEqual(PlainScalarResolver.resolve("1."), .double(1))
        XCTAssertEqual(PlainScalarResolver.resolve("-.inf"), .double(-.infinity))
        XCTAssertEqual(PlainScalarResolver.resolve("1:20.5"), .double(80.5))
        XCTAssertEqual(PlainScalarResolver.resolve("OFF"), .bool(false))
        XCTAssertEqual(PlainScalarResolver.resolve("~"), .null)
        XCTAssertEqual(PlainScalarResolver.resolve("9223372036854775808"), .special)
    }
}
