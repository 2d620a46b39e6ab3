import AttuneDomain
import Foundation

/// Everything rules share during one evaluation, computed once: entries sorted by time, per-kind lists, the last
/// supervision. An entry's facts, per-client lists, score series, group values and lower-cased text are built on
/// first use, so kinds no rule reads cost almost nothing. One context serves one evaluation on one thread.
final class EvaluationContext {
    struct SeriesPoint {
        let time: Double
        let value: Double
        let fact: Int
    }

    let now: Double
    let role: String
    private let entries: [Entry]
    /// Position i (in time order) is entries[entryPosition[i]]. Entries dated after `now` are left out, so an
    /// evaluation "as of" a date sees only what existed then.
    private let entryPosition: [Int]
    /// Seconds since 1970 of position i: creation, or a supervision session's `date`.
    let times: [Double]
    let kinds: [EntryKind]
    let all: [Int]
    private(set) var byKind: [EntryKind: [Int]] = [:]
    private(set) var lastSupervision: Double?
    private var factCache: [EntryFacts?]
    private var seriesCache: [String: [SeriesPoint]] = [:]
    private var byClient: [EntryKind?: [String: [Int]]] = [:]
    private var groupValueCache: [GroupKey: [String]] = [:]
    private var textCache: [Int: [UInt8]] = [:]

    init(entries input: [Entry], now: Date, role: String) {
        self.now = now.timeIntervalSince1970
        self.role = role
        let nowSeconds = self.now
        // Through a buffer each entry is borrowed, not copied (a copy retains all its fields).
        let (order, times, kinds) = input.withUnsafeBufferPointer { buffer -> ([Int], [Double], [EntryKind]) in
            var times: [Double] = [], kinds: [EntryKind] = []
            times.reserveCapacity(buffer.count)
            kinds.reserveCapacity(buffer.count)
            for i in buffer.indices {
                let kind = buffer[i].kind
                kinds.append(kind)
                times.append(kind == .session ? EntryFacts.time(of: buffer[i]) : buffer[i].created.timeIntervalSince1970)
            }
            let order = buffer.indices.filter { times[$0] <= nowSeconds }.sorted {
                times[$0] != times[$1] ? times[$0] < times[$1] : buffer[$0].id < buffer[$1].id
            }
            return (order, order.map { times[$0] }, order.map { kinds[$0] })
        }
        entries = input
        entryPosition = order
        self.times = times
        self.kinds = kinds
        all = Array(order.indices)
        factCache = Array(repeating: nil, count: order.count)
        for i in all {
            byKind[kinds[i], default: []].append(i)
            if kinds[i] == .session { lastSupervision = max(lastSupervision ?? times[i], times[i]) }
        }
    }

    var count: Int { entryPosition.count }

    /// The facts of the entry at position i, read on first use.
    func fact(_ i: Int) -> EntryFacts {
        if let cached = factCache[i] { return cached }
        let p = entryPosition[i]
        let made = entries.withUnsafeBufferPointer { b in
            EntryFacts(id: b[p].id, kind: b[p].kind, tags: b[p].tags, shared: b[p].shared, updated: b[p].updated,
                       fields: b[p].fields, time: times[i])
        }
        factCache[i] = made
        return made
    }

    func entryID(_ i: Int) -> EntryID { entries[entryPosition[i]].id }
    func updated(_ i: Int) -> Double { entries[entryPosition[i]].updated.timeIntervalSince1970 }

    /// A score series (`checkin.exhaustion`, `cbi.work`), oldest first; built on first use, since rules read
    /// only a few of the twelve.
    func series(_ source: String) -> [SeriesPoint] {
        if let cached = seriesCache[source] { return cached }
        let parts = source.split(separator: ".", maxSplits: 1).map(String.init)
        var points: [SeriesPoint] = []
        if parts.count == 2 {
            for i in indices(of: parts[0] == "checkin" ? .checkin : .assessment) {
                let p = entryPosition[i]
                if let v = EntryFacts.score(entries[p].fields, kind: kinds[i], prefix: parts[0], scale: parts[1]) {
                    points.append(SeriesPoint(time: times[i], value: v, fact: i))
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
        for i in indices(of: kind) { if let c = fact(i).client { map[c, default: []].append(i) } }
        byClient[kind] = map
        return map[client] ?? []
    }

    /// The values a grouped rule is tried with: every client code, barrier, family or item in the workbook.
    func groupValues(_ key: GroupKey) -> [String] {
        if let cached = groupValueCache[key] { return cached }
        var seen: Set<String> = []
        var ordered: [String] = []
        let kindsWithKey = RuleVocabulary.groupKinds[key] ?? []
        for i in all.reversed() where kindsWithKey.contains(kinds[i]) {  // most recent first: the order firings are found in
            let f = fact(i)
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
            if times[list[mid]] < time { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func days(since time: Double) -> Double { (now - time) / 86_400 }

    func isWaiting(_ fact: EntryFacts) -> Bool {
        // A flag raised after the last session is still waiting; one raised before it was (presumably) discussed.
        guard fact.flagged else { return false }
        guard let lastSupervision else { return true }
        return fact.time > lastSupervision
    }
}
