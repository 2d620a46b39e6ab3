import AttuneDomain
import AttuneTUI
import Foundation
import XCTest
@testable import AttuneApp

/// A fixed clock and synthetic workbook for screen tests; TZ is pinned so local dates render the same everywhere.
enum Fixture {
    static let now = Timestamp.parse("2026-11-22T10:00:00Z")!

    static func pinTimeZone() {
        setenv("TZ", "UTC", 1)
        tzset()
    }

    static var checklist: ChecklistDefinition {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/checklists/barriers.yaml")
        return try! ChecklistDefinition.parse(String(contentsOf: url, encoding: .utf8), source: url.path)
    }

    static func note(_ id: String, daysAgo: Double, client: String, shared: Bool = true, supervision: String = "") -> Entry {
        var n = CountertransferenceNote()
        n.client = client
        n.sessionDate = "2026-11-20"
        n.reactions = [.init(family: "helpless", intensity: 4)]
        n.triggerText = "Long silence after a question about home."
        n.direction = "toward"
        n.forSupervision = supervision
        var e = Entry(id: EntryID(id), kind: .note, created: now.addingTimeInterval(-daysAgo * 86_400), author: "A. Lee",
                      shared: shared, tags: ["grief"])
        n.apply(to: &e)
        return e
    }

    static func checkin(_ id: String, daysAgo: Double, exhaustion: Double) -> Entry {
        Entry(id: EntryID(id), kind: .checkin, created: now.addingTimeInterval(-daysAgo * 86_400), author: "A. Lee",
              fields: ["scores": .map(["exhaustion": .double(exhaustion), "detachment": .double(25)])])
    }

    static func sampleEntries() -> [Entry] {
        [note("20261121-0900-note-0001", daysAgo: 1, client: "C-114", supervision: "the silence"),
         checkin("20261119-0900-checkin-0002", daysAgo: 3, exhaustion: 62.5),
         note("20261110-0900-note-0003", daysAgo: 12, client: "Kestrel", shared: false)]
    }

    static func context(entries: [Entry] = sampleEntries(), size: Size = Size(width: 80, height: 24)) -> AppContext {
        pinTimeZone()
        let ctx = AppContext(workbook: MemoryWorkbookService(entries: entries), now: { now }, theme: .mono,
                             checklist: checklist, size: size)
        AppWiring.configure(ctx, workbookURL: nil)
        ctx.loadAll()
        return ctx
    }
}

/// Compares a rendered screen with the expected text; trailing blank rows do not count (they are invisible).
func assertScreen(_ buffer: Buffer, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    func trimmed(_ s: String) -> String {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
    let actual = trimmed(buffer.text)
    let expected = trimmed(expected)
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    var report = "Rendered screen differs:\n"
    for i in 0..<max(a.count, e.count) {
        let al = i < a.count ? String(a[i]) : "<none>"
        let el = i < e.count ? String(e[i]) : "<none>"
        report += (al == el ? "  " : "≠ ") + String(format: "%2d|", i) + al + (al == el ? "" : "\n     expected |" + el) + "\n"
    }
    XCTFail(report, file: file, line: line)
}
