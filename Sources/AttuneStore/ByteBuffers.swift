import AttuneDomain
import Foundation

/// Appends little-endian numbers, length-prefixed UTF-8 strings and tagged `Value`s.
struct ByteWriter {
    var data: [UInt8] = []

    mutating func bytes(_ b: [UInt8]) { data.append(contentsOf: b) }
    mutating func u8(_ v: UInt8) { data.append(v) }
    mutating func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { data.append(contentsOf: $0) } }
    mutating func i64(_ v: Int64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
    mutating func f64(_ v: Double) { i64(Int64(bitPattern: v.bitPattern)) }
    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            u32(buf.count)
            data.append(contentsOf: buf)
        }
    }

    mutating func value(_ v: Value) {
        switch v {
        case .null: u8(0)
        case .bool(let b): u8(b ? 2 : 1)
        case .int(let i): u8(3); i64(Int64(i))
        case .double(let d): u8(4); f64(d)
        case .string(let s): u8(5); string(s)
        case .list(let l):
            u8(6); u32(l.count)
            for item in l { value(item) }
        case .map(let m):
            u8(7); u32(m.count)
            for (k, item) in m { string(k); value(item) }
        }
    }
}

/// Bounds-checked reader for `ByteWriter` output; every overrun throws `IndexCodec.Corrupt`.
struct ByteReader {
    let data: [UInt8]
    private(set) var offset = 0

    init(_ data: [UInt8]) { self.data = data }

    var atEnd: Bool { offset == data.count }

    private mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, offset + n <= data.count else { throw IndexCodec.Corrupt() }
        defer { offset += n }
        return data[offset..<(offset + n)]
    }

    mutating func bytes(_ n: Int) throws -> [UInt8] { Array(try take(n)) }
    mutating func u8() throws -> UInt8 { try take(1).first! }
    mutating func u32() throws -> UInt32 {
        let s = try take(4)
        var v: UInt32 = 0
        for (i, b) in s.enumerated() { v |= UInt32(b) << (8 * UInt32(i)) }
        return v
    }
    /// A count or length, sanity-checked against the bytes left so corrupt data cannot ask for huge arrays.
    mutating func count() throws -> Int {
        let n = Int(try u32())
        guard n <= data.count - offset else { throw IndexCodec.Corrupt() }
        return n
    }
    mutating func i64() throws -> Int64 {
        let s = try take(8)
        var v: UInt64 = 0
        for (i, b) in s.enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
        return Int64(bitPattern: v)
    }
    mutating func f64() throws -> Double { Double(bitPattern: UInt64(bitPattern: try i64())) }
    mutating func string() throws -> String {
        let n = try count()
        let s = try take(n)
        return s.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    mutating func value(depth: Int = 0) throws -> Value {
        guard depth < 64 else { throw IndexCodec.Corrupt() }
        switch try u8() {
        case 0: return .null
        case 1: return .bool(false)
        case 2: return .bool(true)
        case 3: return .int(Int(try i64()))
        case 4: return .double(try f64())
        case 5: return .string(try string())
        case 6:
            let n = try count()
            var items: [Value] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try value(depth: depth + 1)) }
            return .list(items)
        case 7:
            // The writer emitted a Fields value, whose keys are distinct: no need to search on insert.
            let n = try count()
            var pairs: [(key: String, value: Value)] = []
            pairs.reserveCapacity(n)
            for _ in 0..<n { pairs.append((try string(), try value(depth: depth + 1))) }
            return .map(Fields(distinctPairs: pairs))
        default: throw IndexCodec.Corrupt()
        }
    }
}
