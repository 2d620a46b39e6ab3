import Foundation

/// Why a paper-form answer string (`attune assess cbi --answers "100,75,,50,…"`) was refused.
public enum AnswerStringError: Error, Hashable, Sendable, CustomStringConvertible {
    case wrongCount(instrument: String, expected: Int, got: Int)
    case notAllowed(instrument: String, position: Int, text: String, allowed: String)

    public var description: String {
        switch self {
        case .wrongCount(let instrument, let expected, let got):
            return "\(instrument) has \(expected) items, but the answers give \(got). Write one answer per item in "
                + "published order, separated by commas; leave a place empty (\"100,,75\") for an unanswered item."
        case .notAllowed(let instrument, let position, let text, let allowed):
            return "Answer \(position) is \"\(text)\", which \(instrument) does not use. "
                + "Allowed: \(allowed), or empty for an unanswered item."
        }
    }
}

extension InstrumentKey {
    /// Parses comma-separated answers in published order as the paper form codes them; an empty place
    /// (or one of only spaces) is an unanswered item. The count must equal `itemCount`.
    public func parseAnswers(_ text: String) throws -> [Int?] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let places = trimmed.isEmpty ? [] : trimmed.split(separator: ",", omittingEmptySubsequences: false)
        guard places.count == itemCount else {
            throw AnswerStringError.wrongCount(instrument: shortName, expected: itemCount, got: places.count)
        }
        let allowed = Set(allowedValues)
        return try places.enumerated().map { index, place in
            let value = place.trimmingCharacters(in: .whitespaces)
            if value.isEmpty { return nil }
            guard let number = Int(value), allowed.contains(number) else {
                throw AnswerStringError.notAllowed(instrument: shortName, position: index + 1, text: value,
                                                   allowed: allowedValuesText)
            }
            return number
        }
    }
}
