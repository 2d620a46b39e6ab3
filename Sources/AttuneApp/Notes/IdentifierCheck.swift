import AttuneGuard
import Foundation

/// One piece of free text in a form, named by the form field it came from.
public struct FieldText: Hashable, Sendable {
    public var field: String
    public var text: String
    public init(field: String, text: String) { self.field = field; self.text = text }
}

/// Something in a field that looks like it could identify a client, found when a form is saved.
public struct IdentifierFinding: Hashable, Sendable {
    /// The form field id ("client", "trigger.text", …).
    public var field: String
    /// The matched text exactly as it appears.
    public var text: String
    /// Where it sits in the field's text, as UTF-8 offsets (what replacing needs).
    public var utf8Range: Range<Int>
    /// A short sentence saying why, e.g. "looks like a phone number".
    public var reason: String
    /// What the text is replaced with if the writer agrees, e.g. "[phone]".
    public var placeholder: String
    /// Stable key of this finding; a kept finding is not raised again for the same entry.
    public var fingerprint: String

    public init(field: String, text: String, utf8Range: Range<Int>, reason: String, placeholder: String,
                fingerprint: String) {
        self.field = field; self.text = text; self.utf8Range = utf8Range; self.reason = reason
        self.placeholder = placeholder; self.fingerprint = fingerprint
    }
}

/// The check a form runs on save, before anything is written: the client code and every free text go in,
/// findings come out (minus the fingerprints the writer already kept for this entry).
public struct IdentifierCheck: Sendable {
    public typealias Scan = @Sendable (_ client: FieldText, _ texts: [FieldText], _ sessionDate: String,
                                       _ kept: Set<String>) -> [IdentifierFinding]
    public let scan: Scan
    public init(scan: @escaping Scan) { self.scan = scan }

    /// Finds nothing. Used where no check is wanted (renders of an empty form).
    public static let none = IdentifierCheck { _, _, _, _ in [] }

    /// The check forms use: AttuneGuard's Safe Harbor scan. The client code is checked as a code (it must not
    /// read like a real name) and is allowed inside the free texts; dates equal to the session date pass.
    public static let standard = IdentifierCheck { client, texts, sessionDate, kept in
        var out: [IdentifierFinding] = []
        let date = CalendarDay(iso: sessionDate)
        let codeGuard = IdentifierGuard(allowedTerms: [], sessionDate: date, allowedFingerprints: kept)
        out += codeGuard.scanClientCode(client.text).map { finding($0, in: client.field) }
        let textGuard = IdentifierGuard(allowedTerms: [client.text], sessionDate: date, allowedFingerprints: kept)
        for t in texts { out += textGuard.scan(t.text).map { finding($0, in: t.field) } }
        return out
    }

    static func finding(_ hit: GuardHit, in field: String) -> IdentifierFinding {
        IdentifierFinding(field: field, text: hit.text, utf8Range: hit.utf8Range, reason: hit.reason,
                          placeholder: hit.placeholder, fingerprint: hit.fingerprint)
    }

    /// Applies chosen replacements to one text: from the end backwards, so earlier offsets stay valid.
    /// A finding whose text is no longer at its place (the text changed since the scan) is skipped.
    static func replacing(_ findings: [IdentifierFinding], in text: String) -> String {
        var bytes = Array(text.utf8)
        for f in findings.sorted(by: { $0.utf8Range.lowerBound > $1.utf8Range.lowerBound }) {
            guard f.utf8Range.upperBound <= bytes.count, bytes[f.utf8Range].elementsEqual(f.text.utf8) else { continue }
            bytes.replaceSubrange(f.utf8Range, with: Array(f.placeholder.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
