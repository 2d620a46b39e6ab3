/// A field value as it appears in an entry's front matter: a small, YAML-shaped value type.
/// The domain keeps entry fields in this form so the store can round-trip any kind without knowing it.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([Value])
    case map(Fields)

    public var string: String? { if case .string(let s) = self { return s }; return nil }
    public var int: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d == d.rounded(): return Int(d)
        case .string(let s): return Int(s)
        default: return nil
        }
    }
    public var double: Double? {
        switch self {
        case .double(let d): return d
        case .int(let i): return Double(i)
        case .string(let s): return Double(s)
        default: return nil
        }
    }
    public var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var list: [Value]? { if case .list(let l) = self { return l }; return nil }
    public var map: Fields? { if case .map(let m) = self { return m }; return nil }
    public var stringList: [String] { list?.compactMap(\.string) ?? [] }
}

/// An ordered string-keyed map: key order is kept so files diff cleanly and read in a stable order.
public struct Fields: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var pairs: [(key: String, value: Value)] = []

    public init() {}
    public init(dictionaryLiteral elements: (String, Value)...) {
        for (k, v) in elements { self[k] = v }
    }
    public init(_ pairs: [(String, Value)]) {
        for (k, v) in pairs { self[k] = v }
    }

    /// Pairs already known to have distinct keys (decoded from a map): no per-key search, for bulk loading.
    public init(distinctPairs: [(key: String, value: Value)]) {
        pairs = distinctPairs
    }

    public subscript(key: String) -> Value? {
        get { pairs.first(where: { $0.key == key })?.value }
        set {
            if let i = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[i].value = newValue } else { pairs.remove(at: i) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    public var keys: [String] { pairs.map(\.key) }
    public var isEmpty: Bool { pairs.isEmpty }
    public var count: Int { pairs.count }
    public func makeIterator() -> IndexingIterator<[(key: String, value: Value)]> { pairs.makeIterator() }

    public static func == (a: Fields, b: Fields) -> Bool {
        a.pairs.count == b.pairs.count && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
    public func hash(into hasher: inout Hasher) {
        for p in pairs { hasher.combine(p.key); hasher.combine(p.value) }
    }
}
