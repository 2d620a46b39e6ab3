import AttuneGuard
import XCTest

/// Invariants on random text: every hit points at its own text, hits do not overlap and come in order,
/// line/column agree with the range, and applying every placeholder leaves the text between hits untouched.
final class RobustnessTests: XCTestCase {
    private static let alphabet: [String] = [
        "a", "e", "Maria", " ", " ", "\n", ".", ",", "-", "/", ":", "@", "'", "’", "(", ")", "+", "#", "0", "1", "5", "9",
        "555", "2024", "12", "Mr", "Dr.", "St", "Street", "her husband ", "aged ", "www.", ".com", "é", "\u{301}", "日本",
        "👩‍👩‍👧", "\r\n", "\t", "March ", "3rd", " of ", "ZIP ", "OR ", "::", "fe80", "192.0.2.1", "MRN ",
    ]

    func testInvariantsOnRandomText() throws {
        var rng = SeededRandom(seed: 4242)
        let g = IdentifierGuard(allowedTerms: ["Maria"], sessionDate: "2024-03-03")
        for _ in 0..<400 {
            let text = (0..<rng.int(0...80)).map { _ in rng.pick(RobustnessTests.alphabet) }.joined()
            let hits = g.scan(text)
            var previousEnd = 0
            for h in hits {
                XCTAssertEqual(String(text[h.range]), h.text)
                XCTAssertEqual(Array(text.utf8)[h.utf8Range].count, h.text.utf8.count)
                XCTAssertGreaterThanOrEqual(h.utf8Range.lowerBound, previousEnd, "overlap in \(text.debugDescription)")
                previousEnd = h.utf8Range.upperBound
                let before = text[..<h.range.lowerBound]
                XCTAssertEqual(h.line, before.filter { $0 == "\n" || $0 == "\r\n" }.count + 1)
                let lineStart = before.lastIndex(where: { $0 == "\n" || $0 == "\r\n" }).map { text.index(after: $0) }
                    ?? text.startIndex
                XCTAssertEqual(h.column, text[lineStart..<h.range.lowerBound].count + 1, text.debugDescription)
                XCTAssertTrue(h.fingerprint.hasPrefix(h.kind.rawValue + ":"))
            }
            let replaced = try IdentifierGuard.applyPlaceholders(for: hits, to: text)
            // Rebuild the expectation from the gaps between hits.
            var expected = ""
            var cursor = text.utf8.startIndex
            for h in hits {
                expected += String(decoding: text.utf8[cursor..<h.range.lowerBound], as: UTF8.self) + h.placeholder
                cursor = h.range.upperBound
            }
            expected += String(decoding: text.utf8[cursor...], as: UTF8.self)
            XCTAssertEqual(replaced, expected)
        }
    }
}
