import AttuneGuard
import XCTest

final class HitShapeTests: XCTestCase {
    func testLineAndColumnCountCharactersNotBytes() {
        let text = "First line.\n日本 and café é\u{301} 👩‍👩‍👧 call 555-0142\nok"
        let hit = IdentifierGuard().scan(text).first!
        XCTAssertEqual(hit.line, 2)
        // 日 本 ␠ a n d ␠ c a f é ␠ é ␠ 👩‍👩‍👧 ␠ c a l l ␠ are 21 characters (52 bytes): column 22.
        XCTAssertEqual(hit.column, 22)
        XCTAssertEqual(String(text[hit.range]), "555-0142")
        XCTAssertEqual(hit.placeholder, "[phone]")
        XCTAssertEqual(hit.reason, "looks like a phone number")
    }

    func testFingerprintIsStableAndDismissesEverywhere() {
        let a = IdentifierGuard().scan("Ring 555-0142.").first!
        let b = IdentifierGuard().scan("Later:\n  she said 555.0142 again").first!
        XCTAssertEqual(a.fingerprint, "phone:5550142")
        XCTAssertEqual(a.fingerprint, b.fingerprint)
        XCTAssertEqual(IdentifierGuard().scan("Her son Leo.").first?.fingerprint, "name:leo")
        let g = IdentifierGuard(allowedFingerprints: [a.fingerprint, "name:leo"])
        XCTAssertEqual(g.scan("Ring 555-0142; her son Leo; her son Max."), g.scan("Ring 555-0142; her son Leo; her son Max.")
            .filter { $0.text == "Max" })
        XCTAssertEqual(found("Ring 555-0142; her son Leo; her son Max.", guard: g), ["name:Max"])
    }

    func testApplySeveralReplacementsKeepsTheRest() throws {
        let text = "Mr Okafor (503) 555-0142, jane@example.org\non 2024-03-05 — intensity 4/5 🙂"
        let hits = IdentifierGuard().scan(text)
        XCTAssertEqual(hits.map(\.kind), [.name, .phone, .email, .date])
        let chosen = [GuardReplacement(hit: hits[3]), GuardReplacement(hit: hits[0], replacement: "Mr O."),
                      GuardReplacement(hit: hits[2])]
        XCTAssertEqual(try IdentifierGuard.apply(replacements: chosen, to: text),
                       "Mr O. (503) 555-0142, [email]\non [date] — intensity 4/5 🙂")
        XCTAssertEqual(try IdentifierGuard.applyPlaceholders(for: hits, to: text),
                       "[name] [phone], [email]\non [date] — intensity 4/5 🙂")
    }

    func testApplyRefusesStaleOrOverlappingReplacements() {
        let text = "Call 555-0142."
        let hit = IdentifierGuard().scan(text).first!
        XCTAssertThrowsError(try IdentifierGuard.apply(replacements: [GuardReplacement(hit: hit)], to: "Call 555-0143.")) {
            XCTAssertEqual($0 as? GuardReplacementError, .stale(hit))
            XCTAssertTrue("\($0)".contains("changed since it was checked"))
        }
        XCTAssertThrowsError(try IdentifierGuard.apply(replacements: [GuardReplacement(hit: hit), GuardReplacement(hit: hit)],
                                                       to: text))
        XCTAssertEqual(try IdentifierGuard.apply(replacements: [], to: text), text)
    }

    func testReportFormats() {
        let text = "Intro\n  Email jo@example.com or call\t555-0142"
        let hits = IdentifierGuard().scan(text)
        XCTAssertEqual(GuardReport.lines(hits), """
        2:9  email  jo@example.com  looks like an email address
        2:32  phone  555-0142  looks like a phone number

        """)
        let json = GuardReport.json(hits, file: "notes/a.md")
        XCTAssertTrue(json.hasPrefix("{\"count\":2,\"file\":\"notes/a.md\",\"hits\":[{\"column\":9,"), json)
        XCTAssertTrue(json.contains("\"fingerprint\":\"email:jo@example.com\""))
        XCTAssertTrue(json.contains("\"offset\":14,\"placeholder\":\"[email]\""), json)
        XCTAssertEqual(GuardReport.json([]), "{\"count\":0,\"hits\":[]}")
        let multi = GuardHit(kind: .address, text: "1 A St\nX", line: 1, column: 1, range: text.startIndex..<text.startIndex,
                             utf8Range: 0..<0, reason: "r")
        XCTAssertEqual(GuardReport.line(multi), "1:1  address  1 A St\\nX  r")
    }

    func testEmptyAndHugeInputsAreSafe() {
        XCTAssertEqual(IdentifierGuard().scan(""), [])
        XCTAssertEqual(IdentifierGuard().scan(String(repeating: "9", count: 50_000)).count, 1)
        XCTAssertEqual(IdentifierGuard().scan(String(repeating: "@.:/-(+", count: 5_000)), [])
        _ = IdentifierGuard().scan("\u{0}\u{FFFD}é\u{301}\r\n'’-" + String(repeating: "A'", count: 100))
    }
}
