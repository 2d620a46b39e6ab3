import AttuneDomain
import Foundation

extension Workbook {
    /// Ids of entries whose whole file (front matter and body) contains every word, ignoring case and accents:
    /// the browser's full-text search, for text the index summaries cut short. Reads each file once; unreadable
    /// files are skipped (doctor reports them).
    public func entriesContaining(words: [String]) -> Set<EntryID> {
        let needles = words.map { Self.searchFold($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        let index = fullIndex()
        index.refresh(checkFiles: false)
        let asciiNeedles = needles.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? needles.map { Array($0.utf8) } : nil
        var found = Set<EntryID>()
        for record in index.sortedRecords() {
            guard var bytes = try? AtomicFile.read(url.appendingPathComponent(record.summary.path).path).map({ $0 })
            else { continue }
            if Self.matches(&bytes, asciiNeedles: asciiNeedles, needles: needles) { found.insert(record.summary.id) }
        }
        return found
    }

    /// Plain ASCII words are looked for in the lower-cased bytes (fast); a file that may still match through an
    /// accent or a non-ASCII letter ("cafe" in "Café") is folded in full, as are non-ASCII words.
    static func matches(_ bytes: inout [UInt8], asciiNeedles: [[UInt8]]?, needles: [String]) -> Bool {
        var hasNonASCII = false
        for i in bytes.indices {
            let b = bytes[i]
            if b >= 0x41 && b <= 0x5A { bytes[i] = b | 0x20 } else if b >= 0x80 { hasNonASCII = true }
        }
        if let asciiNeedles {
            let all = asciiNeedles.allSatisfy { contains(bytes, $0) }
            if all || !hasNonASCII { return all }
        }
        let text = searchFold(String(decoding: bytes, as: UTF8.self))
        return needles.allSatisfy { text.contains($0) }
    }

    /// Whether `needle` occurs in `hay` (byte-wise; first-byte scan, then compare).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= hay.count else { return needle.isEmpty }
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// Case-, accent- and width-insensitive form used on both sides of a search ("jose" finds "José").
    public static func searchFold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
