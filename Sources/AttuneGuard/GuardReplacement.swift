/// One accepted suggestion: replace a hit's text with its placeholder (or with text the writer chose).
public struct GuardReplacement: Hashable, Sendable {
    public let hit: GuardHit
    public let replacement: String

    public init(hit: GuardHit, replacement: String? = nil) {
        self.hit = hit
        self.replacement = replacement ?? hit.placeholder
    }
}

/// Why replacements could not be applied. Nothing is changed when this is thrown.
public enum GuardReplacementError: Error, Equatable, CustomStringConvertible {
    /// The text no longer holds the hit's text at the hit's place (it was edited after the scan).
    case stale(GuardHit)
    /// Two chosen replacements cover the same characters.
    case overlapping(GuardHit, GuardHit)

    public var description: String {
        switch self {
        case .stale(let h):
            return "The text changed since it was checked: \"\(h.text)\" is no longer at line \(h.line), column \(h.column). Check the text again."
        case .overlapping(let a, let b):
            return "Two replacements overlap (\"\(a.text)\" at \(a.line):\(a.column) and \"\(b.text)\" at \(b.line):\(b.column)); choose one."
        }
    }
}

extension IdentifierGuard {
    /// Applies several replacements to the text they were found in. Each works on the original positions
    /// (applied from the end backwards), so the order given does not matter and the rest of the text is untouched.
    public static func apply(replacements: [GuardReplacement], to text: String) throws -> String {
        let bytes = Array(text.utf8)
        let ordered = replacements.sorted { $0.hit.utf8Range.lowerBound < $1.hit.utf8Range.lowerBound }
        for (a, b) in zip(ordered, ordered.dropFirst()) where a.hit.utf8Range.overlaps(b.hit.utf8Range) {
            throw GuardReplacementError.overlapping(a.hit, b.hit)
        }
        for r in ordered {
            let range = r.hit.utf8Range
            guard range.upperBound <= bytes.count, bytes[range].elementsEqual(r.hit.text.utf8) else {
                throw GuardReplacementError.stale(r.hit)
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var cursor = 0
        for r in ordered {
            result.append(contentsOf: bytes[cursor..<r.hit.utf8Range.lowerBound])
            result.append(contentsOf: r.replacement.utf8)
            cursor = r.hit.utf8Range.upperBound
        }
        result.append(contentsOf: bytes[cursor...])
        return String(decoding: result, as: UTF8.self)
    }

    /// Replaces every given hit with its placeholder.
    public static func applyPlaceholders(for hits: [GuardHit], to text: String) throws -> String {
        try apply(replacements: hits.map { GuardReplacement(hit: $0) }, to: text)
    }
}
