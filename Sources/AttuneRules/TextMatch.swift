/// Whole-word, case-insensitive matching over lower-cased UTF-8 text, without Foundation's slower search.
/// A trailing `*` matches any ending (`rescu*` finds "rescue", "rescuing"). Non-ASCII bytes count as letters,
/// so a word is never matched inside a longer non-English word.
enum TextMatch {
    static func containsWord(_ haystack: [UInt8], _ needleText: String) -> Bool {
        var needle = Array(needleText.utf8)
        var prefixOnly = false
        if needle.last == UInt8(ascii: "*") { needle.removeLast(); prefixOnly = true }
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        let first = needle[0]
        var start = 0
        let lastStart = haystack.count - needle.count
        while start <= lastStart {
            if haystack[start] == first, (start == 0 || !isWordByte(haystack[start - 1])) {
                var k = 1
                while k < needle.count, haystack[start + k] == needle[k] { k += 1 }
                if k == needle.count {
                    let after = start + needle.count
                    if prefixOnly || after == haystack.count || !isWordByte(haystack[after]) { return true }
                }
            }
            start += 1
        }
        return false
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || b >= 0x80
    }
}
