import AttuneDomain
@testable import AttuneRules
import Foundation
import XCTest

/// Prints how long evaluating every shipped rule over 10,000 synthetic entries takes (budget: 20 ms).
/// It does not assert a time: machines differ; the figure is read from the log.
final class RuleBenchmarkTests: XCTestCase {
    static func workbook(count: Int, seed: UInt64) -> [Entry] {
        var rng = SeededGenerator(state: seed)
        let families = ["overwhelmed", "helpless", "positive", "special", "disengaged", "parental", "criticized", "hostile"]
        let barriers = ["fatigue", "countertransference", "emotional_balance", "cultural", "presence", "boundaries"]
        let words = ["session", "felt", "quiet", "client", "family", "angry", "tired", "listened", "silence", "plan",
                     "wanted", "rescue", "between", "sessions", "again", "noticed", "chest", "tight", "home", "work"]
        let span = 3 * 365 * 86_400.0
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for n in 0..<count {
            let daysAgo = Double.random(in: 0..<span, using: &rng) / 86_400
            let roll = Int.random(in: 0..<100, using: &rng)
            switch roll {
            case 0..<40:
                let text = (0..<50).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
                let reactions = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                    (families.randomElement(using: &rng)!, Int.random(in: 1...5, using: &rng))
                }
                entries.append(Synthetic.note(daysAgo: daysAgo, client: "C-\(Int.random(in: 1...40, using: &rng))", reactions: reactions,
                                              direction: ["toward", "away", "mixed"].randomElement(using: &rng)!,
                                              manifestation: Bool.random(using: &rng) ? ["approach"] : [],
                                              forSupervision: roll % 5 == 0 ? "bring this" : nil, text: text,
                                              shared: roll % 2 == 0, salt: n))
            case 40..<60:
                let present = barriers.filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }
                entries.append(Synthetic.checklist(daysAgo: daysAgo, barriers: present, salt: n))
            case 60..<80:
                let dims = ["exhaustion", "detachment", "irritability", "recovery", "effectiveness", "client_strain"]
                entries.append(Synthetic.checkin(daysAgo: daysAgo, Dictionary(uniqueKeysWithValues: dims.map { ($0, Int.random(in: 0...100, using: &rng)) }), salt: n))
            case 80..<85:
                if Bool.random(using: &rng) {
                    entries.append(Synthetic.assessment(daysAgo: daysAgo, instrument: "cbi", ["personal": Double.random(in: 0...100, using: &rng),
                                                        "work": Double.random(in: 0...100, using: &rng), "client": nil], salt: n))
                } else {
                    entries.append(Synthetic.assessment(daysAgo: daysAgo, instrument: "proqol5", ["burnout": Double(Int.random(in: 10...50, using: &rng)),
                                                        "secondary_trauma": Double(Int.random(in: 10...50, using: &rng))], salt: n))
                }
            case 85..<95: entries.append(Synthetic.reflection(daysAgo: daysAgo, salt: n))
            default: entries.append(Synthetic.session(daysAgo: daysAgo, salt: n))
            }
        }
        return entries.shuffled(using: &rng)
    }

    func testBenchmarkAllRulesOverTenThousandEntries() {
        let (engine, _) = Synthetic.engine()
        let entries = Self.workbook(count: 10_000, seed: 42)
        var times: [Double] = []
        var result: [Suggestion] = []
        for _ in 0..<15 {
            let start = DispatchTime.now().uptimeNanoseconds
            result = engine.suggestions(entries: entries, now: Synthetic.now, role: "supervisee", limit: 5)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        print(String(format: "BENCHMARK rules: %d entries, %d rules, median %.2f ms, best %.2f ms, %d suggestions",
                     entries.count, engine.rules.rules.count, times[times.count / 2], times[0], result.count))
        XCTAssertFalse(result.isEmpty, "a random workbook this size should trigger something")
    }
}
