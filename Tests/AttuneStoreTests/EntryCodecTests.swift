import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

final class EntryCodecTests: XCTestCase {
    private func roundTrip(_ entry: Entry, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = EntryCodec.encode(entry)
        XCTAssertTrue(text.hasSuffix("\n"), file: file, line: line)
        let back: Entry
        do { back = try EntryCodec.decode(text, path: "t.md") } catch {
            XCTFail("\(error)\ntext was:\n\(text)", file: file, line: line)
            return
        }
        XCTAssertEqual(back, entry, "text was:\n\(text)", file: file, line: line)
        XCTAssertEqual(EntryCodec.encode(back), text, "re-encoding must give the same bytes", file: file, line: line)
    }

    private func entry(fields: Fields = Fields(), body: String = "Body.") -> Entry {
        Entry(id: EntryID("20261122-0302-note-7f3a"), kind: .note, created: fixedNow,
              updated: fixedNow.addingTimeInterval(434), author: "A. Lee", shared: true,
              tags: ["grief", "first-session"], fields: fields, body: body)
    }

    func testGoldenLayoutHasSchemaKeyOrder() throws {
        var trigger = Fields()
        trigger["categories"] = .list([.string("client_material")])
        trigger["text"] = .string("Talked about her father.")
        let e = entry(fields: ["client": .string("C-12"), "session_date": .string("2026-11-21"),
                               "session_number": .int(4), "trigger": .map(trigger),
                               "reactions": .list([.map(["family": .string("helpless"), "intensity": .int(3)])])],
                      body: "First line.\n\nSecond paragraph.")
        let expected = """
            ---
            id: 20261122-0302-note-7f3a
            kind: note
            created: 2026-11-22T03:02:57Z
            updated: 2026-11-22T03:10:11Z
            author: A. Lee
            shared: true
            tags: [grief, first-session]
            client: C-12
            session_date: 2026-11-21
            session_number: 4
            trigger:
              categories: [client_material]
              text: Talked about her father.
            reactions:
              - family: helpless
                intensity: 3
            ---
            First line.

            Second paragraph.

            """
        XCTAssertEqual(EntryCodec.encode(e), expected)
        try roundTrip(e)
    }

    func testEveryValueShapeRoundTrips() throws {
        var nested = Fields()
        nested["inner"] = .map(["deep": .list([.int(1), .null, .map([:]), .list([])])])
        nested["empty_map"] = .map(Fields())
        let fields: Fields = [
            "null_value": .null, "yes": .bool(true), "no": .bool(false), "int": .int(-42), "big": .int(Int.max),
            "double": .double(3.25), "whole_double": .double(2), "tiny": .double(1e-9), "huge": .double(1e300),
            "neg_inf": .double(-.infinity), "string": .string("plain words"), "empty": .string(""),
            "list": .list([.string("a"), .int(2), .bool(false), .null, .double(0.5)]),
            "list_of_lists": .list([.list([.string("x"), .string("y")]), .list([.map(["k": .string("v")])])]),
            "list_of_maps": .list([.map(["a": .int(1), "b": .string("two\nlines")]), .map([:])]),
            "map": .map(nested), "empty_list": .list([]),
        ]
        try roundTrip(entry(fields: fields))
    }

    func testTrickyStringsRoundTrip() throws {
        let samples = [
            "123", "-7", "0x1F", "0755", "1_000", "1:20", "3.14", "1e5", ".inf", ".nan", "true", "False", "yes", "NO",
            "on", "off", "null", "~", "Null", "2026-11-22", "2026-11-22T03:02:57Z", "<<", "=", " leading", "trailing ",
            "  both  ", "a: b", "a #b", "ends:", "- dash", "? q", "[x]", "{y}", "#hash", "&anchor", "*alias", "!tag",
            "|pipe", ">fold", "'single'", "\"double\"", "%pct", "@at", "`tick", "comma, inside", "tab\there",
            "ünïcødé", "日本語のテキスト", "emoji 🙂👩🏽‍⚕️", "line1\nline2", "trailing newline\n", "two trailing\n\n",
            "\nleading newline", "  indented\nsecond", "a\n  more indented\nb", "cr\r\nlf", "\u{7}bell", "nul\0byte",
            "del\u{7F}", "nel\u{85}x", "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "nonchar\u{FFFE}", "\n", "\n\n", " ",
            "---", "...", "--- in\n---\nbody", "spaces only line\n   \nnext", "\\backslash\\", "quote \" inside",
        ]
        var fields = Fields()
        for (i, s) in samples.enumerated() { fields["s\(i)"] = .string(s) }
        fields["in_list"] = .list(samples.map(Value.string))
        try roundTrip(entry(fields: fields))
        var tagged = entry()
        tagged.tags = ["a,b", "[x]", "123", "true", "ünï", " sp "]
        tagged.author = "Ã. Ñoño: \"quoted\""
        try roundTrip(tagged)
    }

    func testBodiesRoundTrip() throws {
        for body in ["", "x", "x\n", "x\n\n", "\n", "---\nnot front matter\n---", "a\n---\nb", "  indented\n\tTab",
                     "ünï 日本 🙂", "trailing spaces   \n"] {
            try roundTrip(entry(body: body))
        }
    }

    func testDecodeAcceptsHandEditedVariants() throws {
        let text = "\u{FEFF}---\r\nid: 20261122-0302-reflection-0001\r\nkind: reflection\r\ncreated: 2026-11-22\r\n"
            + "tags: solo\r\nextra_key: kept\r\n---\r\nHello\r\n"
        let e = try EntryCodec.decode(text, path: "x.md")
        XCTAssertEqual(e.kind, .reflection)
        XCTAssertEqual(e.tags, ["solo"])
        XCTAssertEqual(e.updated, e.created)
        XCTAssertEqual(e.fields["extra_key"], .string("kept"))
        XCTAssertEqual(e.author, "")
    }

    private func decodeError(_ data: Data, file: StaticString = #filePath, line: UInt = #line) -> EntryFileError? {
        do {
            _ = try EntryCodec.decode(data, path: "entries/bad.md")
            XCTFail("expected an error", file: file, line: line)
            return nil
        } catch let error as EntryFileError {
            XCTAssertEqual(error.path, "entries/bad.md", file: file, line: line)
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return nil
        }
    }

    func testBadFilesGiveLineColumnAndSentence() throws {
        XCTAssertEqual(decodeError(Data())?.reason, "the file is empty")
        let good = EntryCodec.encode(entry())
        // Truncated in the middle of the front matter: no closing line.
        let truncated = decodeError(Data(good.utf8.prefix(60)))
        XCTAssertTrue(truncated?.reason.contains("never ends") ?? false)
        let noOpen = decodeError(Data("id: x\n".utf8))
        XCTAssertEqual(noOpen?.line, 1)
        let badYAML = decodeError(Data("---\nid: a\nkind: [note\ncreated: x\n---\n".utf8))
        XCTAssertGreaterThanOrEqual(badYAML?.line ?? 0, 3)
        XCTAssertTrue(badYAML?.reason.contains("not valid YAML") ?? false)
        let missingKind = decodeError(Data("---\nid: a\ncreated: 2026-11-22T03:02:57Z\n---\n".utf8))
        XCTAssertTrue(missingKind?.reason.contains("kind") ?? false)
        let unknownKind = decodeError(Data("---\nid: a\nkind: diary\ncreated: 2026-11-22T03:02:57Z\n---\n".utf8))
        XCTAssertEqual(unknownKind?.line, 3)
        XCTAssertTrue(unknownKind?.reason.contains("unknown kind 'diary'") ?? false)
        let badDate = decodeError(Data("---\nid: a\nkind: note\ncreated: yesterday\n---\n".utf8))
        XCTAssertEqual(badDate?.line, 4)
        let unsafeID = decodeError(Data("---\nid: ../../etc\nkind: note\ncreated: 2026-11-22T03:02:57Z\n---\n".utf8))
        XCTAssertTrue(unsafeID?.reason.contains("file name") ?? false)
        let duplicate = decodeError(Data("---\nid: a\nid: b\nkind: note\ncreated: 2026-11-22\n---\n".utf8))
        XCTAssertEqual(duplicate?.line, 3, "\(String(describing: duplicate))")
        let scalarRoot = decodeError(Data("---\njust text\n---\n".utf8))
        XCTAssertTrue(scalarRoot?.reason.contains("key: value") ?? false)
    }

    func testBinaryFilesAreRejectedWithPosition() throws {
        var withNul = Data("---\nid: a\nkind: note\n".utf8)
        withNul.append(contentsOf: [0x61, 0x00, 0x62])
        let nul = decodeError(withNul)
        XCTAssertEqual(nul?.line, 4)
        XCTAssertEqual(nul?.column, 2)
        XCTAssertTrue(nul?.reason.contains("NUL") ?? false)
        var latin1 = Data("---\nid: a\nauthor: Jos".utf8)
        latin1.append(0xE9) // "é" in Latin-1: invalid UTF-8
        latin1.append(contentsOf: Array("\n---\n".utf8))
        let invalid = decodeError(latin1)
        XCTAssertEqual(invalid?.line, 3)
        XCTAssertEqual(invalid?.column, 12)
        XCTAssertTrue(invalid?.reason.contains("UTF-8") ?? false)
        let random = Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) })
        XCTAssertNotNil(decodeError(random))
    }

    func testDraftFlagIsWrittenAndRead() throws {
        let text = EntryCodec.encode(entry(), draft: true)
        XCTAssertTrue(text.contains("\ndraft: true\n"))
        let decoded = try EntryCodec.decode(Data(text.utf8), path: "drafts/x.md")
        XCTAssertTrue(decoded.isDraft)
        XCTAssertEqual(decoded.entry, entry())
    }
}
