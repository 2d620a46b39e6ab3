import XCTest
@testable import AttuneDomain

final class InstrumentKeyLoadingTests: XCTestCase {
    func testCBIKeyMatchesThePublishedStructure() throws {
        let cbi = try loadCBI()
        XCTAssertEqual(cbi.itemCount, 19)
        XCTAssertEqual(cbi.allowedValues, [100, 75, 50, 25, 0])
        XCTAssertEqual(cbi.aggregate, .mean)
        XCTAssertEqual(cbi.referenceLine, 50)
        XCTAssertTrue(cbi.bands.isEmpty)
        XCTAssertEqual(cbi.scales.map(\.id), ["personal", "work", "client"])
        XCTAssertEqual(cbi.scale(id: "personal")?.items, Array(1...6))
        XCTAssertEqual(cbi.scale(id: "work")?.items, Array(7...13))
        XCTAssertEqual(cbi.scale(id: "client")?.items, Array(14...19))
        XCTAssertEqual(cbi.scales.map(\.reversed), [[], [13], []])
        XCTAssertEqual(cbi.scales.map(\.minAnswered), [3, 4, 3])
        XCTAssertTrue(try XCTUnwrap(cbi.scale(id: "client")?.minAnsweredSource).hasPrefix("NOT VERIFIED"))
        XCTAssertFalse(cbi.sources.isEmpty)
    }

    func testProQOLKeyMatchesThePublishedStructure() throws {
        let key = try loadProQOL()
        XCTAssertEqual(key.itemCount, 30)
        XCTAssertEqual(key.allowedValues, [1, 2, 3, 4, 5])
        XCTAssertEqual(key.aggregate, .sum)
        XCTAssertNil(key.referenceLine)
        XCTAssertEqual(key.scales.map(\.id), ["compassion_satisfaction", "burnout", "secondary_trauma"])
        XCTAssertEqual(key.scale(id: "compassion_satisfaction")?.items, [3, 6, 12, 16, 18, 20, 22, 24, 27, 30])
        XCTAssertEqual(key.scale(id: "burnout")?.items, [1, 4, 8, 10, 15, 17, 19, 21, 26, 29])
        XCTAssertEqual(key.scale(id: "burnout")?.reversed, [1, 4, 15, 17, 29])
        XCTAssertEqual(key.scale(id: "secondary_trauma")?.items, [2, 5, 7, 9, 11, 13, 14, 23, 25, 28])
        XCTAssertEqual(key.bands.map(\.id), ["low", "moderate", "high"])
        XCTAssertEqual(key.band(for: 22)?.id, "low")
        XCTAssertEqual(key.band(for: 23)?.id, "moderate")
        XCTAssertEqual(key.band(for: 41)?.id, "moderate")
        XCTAssertEqual(key.band(for: 42)?.id, "high")
        XCTAssertTrue(key.terms.contains("proqol.org"))
        XCTAssertTrue(key.attribution.contains("Stamm"))
    }

    func testUnknownInstrumentIsRefusedByName() {
        let error = thrownError { try InstrumentKey.bundled("mbi") }
        XCTAssertTrue(String(describing: error ?? "none" as Any).contains("no key for 'mbi'"))
    }

    private let minimalKey = """
        format: attune-instrument-key
        schema: 1
        id: demo
        name: Demo
        short_name: DEMO
        item_count: 4
        allowed_values: [0, 1, 2]
        aggregate: sum
        scales:
          - {id: a, title: A, items: [1, 2], reversed: [2], min_answered: 2, min_answered_source: test}
          - {id: b, title: B, items: [3, 4], reversed: [], min_answered: 1, min_answered_source: test}
        scoring_note: n
        missing_note: m
        attribution: x
        terms: t
        sources: []
        """

    func testMinimalKeyLoadsAndScores() throws {
        let key = try InstrumentKey(yaml: minimalKey)
        // a: 2 + (0 + 2 − 0 = 2) = 4; b: only item 3 answered, 1 → sum 1.
        let result = key.score(answers: [2, 0, 1, nil])
        XCTAssertEqual(result["a"]?.score, 4)
        XCTAssertEqual(result["b"]?.score, 1)
        XCTAssertTrue(key.bands.isEmpty)
    }

    func testInvalidKeysAreRefusedWithASentence() {
        let cases: [(String, String)] = [
            (minimalKey.replacingOccurrences(of: "items: [3, 4]", with: "items: [2, 3, 4]"),
             "item 2 is in both 'a' and 'b'"),
            (minimalKey.replacingOccurrences(of: "items: [3, 4]", with: "items: [3]"), "item 4 belongs to no scale"),
            (minimalKey.replacingOccurrences(of: "items: [3, 4]", with: "items: [3, 4, 5]"), "outside 1...4"),
            (minimalKey.replacingOccurrences(of: "reversed: [2]", with: "reversed: [3]"), "reverses an item"),
            (minimalKey.replacingOccurrences(of: "min_answered: 2", with: "min_answered: 3"), "min_answered 3"),
            (minimalKey.replacingOccurrences(of: "aggregate: sum", with: "aggregate: median"), "'median' is unknown"),
            (minimalKey.replacingOccurrences(of: "attune-instrument-key", with: "other"), "expected 'attune-instrument-key'"),
            (minimalKey.replacingOccurrences(of: "short_name: DEMO\n", with: ""), "missing key 'short_name'"),
            (minimalKey + "\nbands: [{id: low, title: Low}, {id: high, title: High, max: 9}]", "only the last band"),
            ("- just\n- a list", "wrong or missing value"),
        ]
        for (yaml, expected) in cases {
            let error = thrownError { try InstrumentKey(yaml: yaml, file: "demo.yaml") }
            let text = String(describing: error ?? "no error" as Any)
            XCTAssertTrue(text.contains(expected), "\(expected) ← \(text)")
            XCTAssertTrue(error == nil || text.hasPrefix("demo.yaml: "), text)
        }
    }

    func testShippedKeysHoldNoItemWording() throws {
        // The keys carry structure only; wording arrives through InstrumentImport. A key file with a
        // per-item text field would be a licensing problem, so look for one.
        for id in InstrumentKey.bundledIDs {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Resources/instruments/\(id).yaml")
            let yaml = try String(contentsOf: url, encoding: .utf8)
            let keys = yaml.split(separator: "\n").map { line -> String in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("- ") ? String(trimmed.dropFirst(2)) : trimmed
            }
            XCTAssertFalse(keys.contains { $0.hasPrefix("text:") || $0.hasPrefix("wording:") }, id)
            XCTAssertFalse(keys.contains { $0.hasPrefix("items:") && $0.contains("\"") }, id)
        }
    }
}
