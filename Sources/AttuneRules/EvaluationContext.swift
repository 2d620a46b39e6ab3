import AttuneDomain
import Foundation

/// Everything rules share during one evaluation, computed once: facts sorted by time, per-kind lists, score
/// series, the last supervision. Per-client lists, group values and lower-cased text are built on first use.
/// One context serves one evaluation on one thread; it is never shared.
final class EvaluationContext {
    struct SeriesPoint {
        let time: Double
        let value: Double
        let fact: Int
    }

    let now: Double
    let role: String
    private let entries: [Entry]
    /// Entries dated after `now` are left out, so an evaluation "as of" a date sees only what existed then.
    let facts: [EntryFacts]
    let all: [Int]
    private(set) var byKind: [EntryKind: [Int]] = [:]
    private(set) var series: [String: [SeriesPoint]] = [:]
    private(set) var lastSupervision: Double?
    private var byClient: [EntryKind?: [String: [Int]]] = [:]
    private var groupValueCache: [GroupKey: [String]] = [:]
    private var textCache: [Int: [UInt8]] = [:]

    init(entries input: [Entry], now: Date, role: String) {
        self.now = now.timeIntervalSince1970
        self.role = role
        let nowSeconds = self.now
        var pairs: [(EntryFacts, Entry)] = []
        pairs.reserveCapacity(input.count)
        for entry in input {
            let facts = EntryFacts(entry)
            if facts.time <= nowSeconds { pairs.append((facts, entry)) }
        }
        pairs.sort { $0.0.time != $1.0.time ? $0.0.time < $1.0.time : $0.0.id < $1.0.id }
        facts = pairs.map(\.0)
        entries = pairs.map(\.1)
        all = Array(facts.indices)
        for (i, f) in facts.enumerated() {
            byKind[f.kind, default: []].append(i)
            for score in f.scores {
                series[score.source, default: []].append(SeriesPoint(time: f.time, value: score.value, fact: i))
            }
            if f.kind == .session { lastSupervision = max(lastSupervision ?? f.time, f.time) }
        }
    }

    func indices(of kind: EntryKind?) -> [Int] {
        guard let kind else { return all }
        return byKind[kind] ?? []
    }

    /// Entries of a kind (or any) for one client code, oldest first.
    func indices(of kind: EntryKind?, client: String) -> [Int] {
        if let cached = byClient[kind] { return cached[client] ?? [] }
        var map: [String: [Int]] = [:]
        for i in indices(of: kind) { if let c = facts[i].client { map[c, default: []].append(i) } }
        byClient[kind] = map
        return map[client] ?? []
    }

    /// The values a grouped rule is tried with: every client code, barrier, family or item in the workbook.
    func groupValues(_ key: GroupKey) -> [String] {
        if let cached = groupValueCache[key] { return cached }
        var seen: Set<String> = []
        var ordered: [String] = []
        for f in facts.reversed() {  // most recent first: the order firings are found in
            for v in f.values(of: key) where seen.insert(v).inserted { ordered.append(v) }
        }
        groupValueCache[key] = ordered
        return ordered
    }

    func text(_ fact: Int) -> [UInt8] {
        if let cached = textCache[fact] { return cached }
        let text = EntryFacts.searchableText(entries[fact])
        textCache[fact] = text
        return text
    }

    /// The first position in `list` (sorted by time) whose entry is at or after `time`.
    func firstIndex(in list: [Int], notBefore time: Double) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if facts[list[mid]].time < time { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func days(since time: Double) -> Double { (now - time) / 86_400 }

    func isWaiting(_ fact: EntryFacts) -> Bool {
        guard fact.flagged else { return false }
        guard let lastSupervision else { return true }
        return fact.time > lastSupervision
    }
}
