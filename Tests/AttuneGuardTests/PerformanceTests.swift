import AttuneGuard
import Foundation
import XCTest

/// The guard runs on every save: a 100 KB note must scan in under 10 ms in a release build.
final class PerformanceTests: XCTestCase {
    /// About 100 KB of synthetic note text with identifiers sprinkled through it.
    static func bigNote() -> String {
        var gen = SyntheticNoteGenerator(seed: 99)
        var text = ""
        var n = 0
        while text.utf8.count < 100_000 {
            text += n % 4 == 0 ? gen.plantedNote(kinds: [GuardKind.allCases[n % GuardKind.allCases.count]]).text
                : gen.cleanNote().text
            n += 1
        }
        return text
    }

    func testHundredKilobyteNoteScansQuickly() {
        let text = PerformanceTests.bigNote()
        let g = IdentifierGuard(allowedTerms: ["C-17", "Wren"], sessionDate: "2026-11-22")
        var timings: [Double] = []
        var hits = 0
        for _ in 0..<7 {
            let start = DispatchTime.now().uptimeNanoseconds
            hits = g.scan(text).count
            timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        timings.sort()
        let median = timings[timings.count / 2]
        print(String(format: "Guard scan of %d bytes: median %.2f ms, best %.2f ms over 7 runs, %d hits", text.utf8.count,
                     median, timings[0], hits))
        XCTAssertGreaterThan(hits, 20)
        #if DEBUG
        // Unoptimised builds are several times slower; the 10 ms budget is checked with `swift test -c release`.
        XCTAssertLessThan(median, 250)
        #else
        XCTAssertLessThan(median, 10)
        #endif
    }
}
