import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

final class ExporterTests: XCTestCase {
    private let entries: [Entry] = {
        var a = SyntheticEntries.note(1, created: fixedNow, bodyLength: 40)
        a.body = "Line one, with \"quotes\".\nLine two."
        var b = Entry(id: EntryID("20261120-0900-checkin-0002"), kind: .checkin, created: fixedNow.addingTimeInterval(-86400 * 2),
                      author: "T", fields: ["scores": .map(["exhaustion": .int(75), "recovery": .double(37.5)])])
        b.tags = ["=cmd"]
        let c = Entry(id: EntryID("20261001-0900-reflection-0003"), kind: .reflection, created: fixedNow.addingTimeInterval(-86400 * 52),
                      author: "T", fields: ["summary": .string("Gibbs on session 3")], body: "## Description\nSynthetic.")
        return [a, b, c]
    }()

    func testJSONHasAllFieldsAndBody() throws {
        let data = Exporter.export(entries, as: .json)
        let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        XCTAssertEqual(array.map { $0["id"] as? String }, ["20261001-0900-reflection-0003", "20261120-0900-checkin-0002", entries[0].id.rawValue])
        let note = array[2]
        for key in ["id", "kind", "created", "updated", "shared", "tags", "fields", "body", "author"] { XCTAssertNotNil(note[key], key) }
        XCTAssertEqual(note["created"] as? String, "2026-11-22T03:02:57Z")
        XCTAssertEqual(note["shared"] as? Bool, false)
        let fields = try XCTUnwrap(note["fields"] as? [String: Any])
        XCTAssertEqual((fields["trigger"] as? [String: Any])?["categories"] as? [String], ["client_material", "progress"])
        XCTAssertEqual(((array[1]["fields"] as? [String: Any])?["scores"] as? [String: Any])?["recovery"] as? Double, 37.5)
    }

    func testFiltersByKindAndSince() throws {
        let onlyNotes = Exporter.Filter(kinds: [.note])
        XCTAssertEqual(Exporter.select(entries, onlyNotes).map(\.kind), [.note])
        let recent = Exporter.Filter(since: fixedNow.addingTimeInterval(-86400 * 7))
        XCTAssertEqual(Exporter.select(entries, recent).count, 2)
        let csv = Exporter.csv(entries, filter: Exporter.Filter(kinds: [.reflection]))
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 2)
    }

    func testCSVQuotingAndFormulaGuard() throws {
        let csv = Exporter.csv(entries)
        XCTAssertTrue(csv.hasPrefix("id,kind,created,updated,author,shared,tags,fields,body\r\n"))
        XCTAssertTrue(csv.contains("\"Line one, with \"\"quotes\"\".\nLine two.\""))
        XCTAssertTrue(csv.contains(",'=cmd,"), csv)
        XCTAssertTrue(csv.contains("\"{\"\"scores\"\":{\"\"exhaustion\"\":75,\"\"recovery\"\":37.5}}\""), csv)
    }

    func testMarkdownIsReadable() {
        let md = Exporter.markdown(entries, title: "Synthetic workbook")
        XCTAssertTrue(md.hasPrefix("# Synthetic workbook\n\n3 entries\n"))
        XCTAssertTrue(md.contains("## Gibbs on session 3"))
        XCTAssertTrue(md.contains("- kind: Burnout pulse check-in"))
        XCTAssertTrue(md.contains("  - exhaustion: 75"))
        XCTAssertTrue(md.contains("Line one, with \"quotes\".\nLine two."))
        XCTAssertLessThan(md.range(of: "Gibbs")!.lowerBound, md.range(of: "## C-1 · ")!.lowerBound, "oldest first")
    }

    func testEntryJSONObjectIsSerializable() throws {
        var e = entries[0]
        e.fields["nan"] = .double(.nan)
        e.fields["nothing"] = .null
        let object = EntryJSON.object(e)
        XCTAssertTrue(JSONSerialization.isValidJSONObject(object))
        let summary = EntrySummary(entry: e, path: "entries/2026/11/x.md")
        let s = EntryJSON.object(summary)
        XCTAssertEqual(s["title"] as? String, e.summary)
        XCTAssertNil(s["body"])
        XCTAssertTrue(JSONSerialization.isValidJSONObject(s))
    }
}
