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
    /// facts[i] was read from entries[entryPosition[i]].
    private let entryPosition: [Int]
    /// Entries dated after `now` are left out, so an evaluation "as of" a date sees only what existed then.
    let facts: [EntryFacts]
    let all: [Int]
    private(set) var byKind: [EntryKind: [Int]] = [:]
    private var seriesCache: [String: [SeriesPoint]] = [:]
    private(set) var lastSupervision: Double?
    private var byClient: [EntryKind?: [String: [Int]]] = [:]
    private var groupValueCache: [GroupKey: [String]] = [:]
    private var textCache: [Int: [UInt8]] = [:]

    init(entries input: [Entry], now: Date, role: String) {
        self.now = now.timeIntervalSince1970
        self.role = role
        let nowSeconds = self.now
        // Read through a buffer so each entry is borrowed, not copied (copying retains all its fields).
        let (order, facts) = input.withUnsafeBufferPointer { buffer -> ([Int], [EntryFacts]) in
            var times: [Double] = []
            times.reserveCapacity(buffer.count)
            for i in buffer.indices { times.append(EntryFacts.time(of: buffer[i])) }
            // Sort positions, then read each entry once, in time order.
            let order = buffer.indices.filter { times[$0] <= nowSeconds }.sorted {
                times[$0] != times[$1] ? times[$0] < times[$1] : buffer[$0].id < buffer[$1].id
            }
            return (order, order.map { EntryFacts(buffer[$0], time: times[$0]) })
        }
        self.facts = facts
        entries = input
        entryPosition = order
        all = Array(facts.indices)
        for (i, f) in facts.enumerated() {
            byKind[f.kind, default: []].append(i)
            if f.kind == .session { lastSupervision = max(lastSupervision ?? f.time, f.time) }
        }
    }

    /// A score series (`checkin.exhaustion`, `cbi.work`), oldest first; built on first use, since rules read
    /// only a few of the twelve.
    func series(_ source: String) -> [SeriesPoint] {
        if let cached = seriesCache[source] { return cached }
        let parts = source.split(separator: ".", maxSplits: 1).map(String.init)
        var points: [SeriesPoint] = []
        if parts.count == 2 {
            for i in indices(of: parts[0] == "checkin" ? .checkin : .assessment) {
                if let v = EntryFacts.score(entries[entryPosition[i]], prefix: parts[0], scale: parts[1]) {
                    points.append(SeriesPoint(time: facts[i].time, value: v, fact: i))
                }
            }
        }
        seriesCache[source] = points
        return points
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
            switch key {
            case .client: if let c = f.client, seen.insert(c).inserted { ordered.append(c) }
            case .barrier: for v in f.barriers where seen.insert(v).inserted { ordered.append(v) }
            case .item: for v in f.items where seen.insert(v).inserted { ordered.append(v) }
            case .family: for r in f.reactions where seen.insert(r.family).inserted { ordered.append(r.family) }
            }
        }
        groupValueCache[key] = ordered
        return ordered
    }

    func text(_ fact: Int) -> [UInt8] {
        if let cached = textCache[fact] { return cached }
        let text = EntryFacts.searchableText(entries[entryPosition[fact]])
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
