import AttuneDomain
import AttuneStore
import AttuneTUI
import XCTest
@testable import AttuneApp

/// Every field of both kinds survives form → typed value → Entry → file text → Entry → typed value → form,
/// Unicode included (accents, CJK, emoji with joiners, RTL, combining marks, YAML-looking text).
final class NoteStoreRoundTripTests: XCTestCase {
    static func fullNote() -> CountertransferenceNote {
        var n = CountertransferenceNote()
        n.client = "Kestrel-ß7"
        n.sessionDate = "2026-11-20"
        n.sessionNumber = 12
        n.triggerCategories = ["client_material", "client_emotion"]
        n.triggerText = "She said \"yes: no\" — then # silence.\nSecond line: 日本語 and 👩‍👧 and עברית."
        n.reactions = [.init(family: "helpless", intensity: 4), .init(family: "parental", intensity: 1),
                       .init(family: "hostile", intensity: 5)]
        n.reactionOther = "e\u{301}tonnement — amazement"
        n.bodilyCues = "tight chest; 'cold' hands"
        n.direction = "mixed"
        n.manifestationCategories = ["approach", "treatment_plan"]
        n.manifestationText = "- I over-talked\n- I offered an extra session"
        n.originCategories = ["family", "cultural"]
        n.originText = "Mein Großvater: null, true, ~ 1.0"
        n.originPrivate = true
        n.effectText = "Alliance felt thinner.  Two spaces kept."
        n.effectRating = -1
        n.managementFactors = ["self_insight", "anxiety_management", "conceptualizing"]
        n.managementText = "Breathing before the next session 🫁"
        n.forSupervision = "Why the rescue pull with this client?"
        return n
    }

    func testNoteRoundTripsThroughTheFormAndTheStoreCodec() throws {
        let note = Self.fullNote()
        let form = NoteForm.make(note, tags: ["grief", "première"], shared: true)
        let (read, tags, shared) = NoteForm.read(form)
        XCTAssertEqual(read, note, "the form holds every field")
        var entry = Entry(id: EntryID("20261122-1000-note-beef"), kind: .note, created: Fixture.now, author: "A. Lee",
                          shared: shared, tags: tags)
        read.apply(to: &entry)
        let text = EntryCodec.encode(entry)
        let decoded = try EntryCodec.decode(text, path: "entries/2026/11/20261122-1000-note-beef.md")
        XCTAssertEqual(decoded, entry)
        XCTAssertEqual(CountertransferenceNote(fields: decoded.fields), note)
        XCTAssertEqual(decoded.tags, ["grief", "première"])
        XCTAssertTrue(decoded.shared)
        XCTAssertEqual(NoteForm.read(NoteForm.make(CountertransferenceNote(fields: decoded.fields), tags: decoded.tags,
                                                   shared: decoded.shared)).note, note)
    }

    func testEmptyOptionalPartsStayEmpty() throws {
        var note = CountertransferenceNote()
        note.client = "C-1"
        note.sessionDate = "2026-11-22"
        note.originPrivate = false
        var entry = Entry(id: EntryID("20261122-1000-note-0a0a"), kind: .note, created: Fixture.now, author: "A. Lee")
        NoteForm.read(NoteForm.make(note, tags: [], shared: false)).note.apply(to: &entry)
        let decoded = try EntryCodec.decode(EntryCodec.encode(entry), path: "x.md")
        let back = CountertransferenceNote(fields: decoded.fields)
        XCTAssertEqual(back, note)
        XCTAssertNil(back.sessionNumber)
        XCTAssertNil(back.effectRating)
        XCTAssertFalse(back.originPrivate)
    }

    func testUnknownKeysSurviveAnEditThroughTheForm() throws {
        var entry = Entry(id: EntryID("20261122-1000-note-0b0b"), kind: .note, created: Fixture.now, author: "A. Lee",
                          fields: ["mood": .string("hand-added"), "client": .string("old")], body: "Body text ✓")
        let ctx = Fixture.context(entries: [entry])
        var d = FormDriver(ctx: ctx, root: NoteFormScreen(editing: entry, ctx: ctx))
        d.press(.ctrl("u"))
        d.type("new")
        entry = d.note!.current()
        XCTAssertEqual(entry.fields["mood"], .string("hand-added"))
        XCTAssertEqual(entry.fields["client"], .string("new"))
        XCTAssertEqual(entry.body, "Body text ✓")
        XCTAssertEqual(try EntryCodec.decode(EntryCodec.encode(entry), path: "x.md"), entry)
    }

    func testChecklistRoundTripsThroughTheScreenAndTheStoreCodec() throws {
        let ctx = Fixture.context()
        let def = ctx.checklist
        let answers = def.items.enumerated().map { i, item in
            BarrierChecklist.Answer(id: item.id, present: i % 3 == 0, severity: i % 3 == 0 ? (i % 3) + 1 + (i % 2) : nil,
                                    note: i % 4 == 0 ? "nota — 注意 \(i) 🙂" : "")
        } + [BarrierChecklist.Answer(id: "local.extra", present: true, severity: 2, note: "from an old list")]
        let checklist = BarrierChecklist(period: "week", client: "Wren·3", answers: answers)
        var entry = Entry(id: EntryID("20261122-1000-checklist-0c0c"), kind: .checklist, created: Fixture.now,
                          author: "A. Lee", fields: checklist.fields(definition: def))
        let screen = ChecklistScreen(editing: entry, ctx: ctx)
        entry = screen.current(def)
        XCTAssertEqual(BarrierChecklist(fields: entry.fields), checklist, "the screen holds every answer")
        let decoded = try EntryCodec.decode(EntryCodec.encode(entry), path: "x.md")
        XCTAssertEqual(decoded, entry)
        XCTAssertEqual(BarrierChecklist(fields: decoded.fields), checklist)
        XCTAssertEqual(decoded.fields["barriers_present"]?.stringList,
                       checklist.barriersPresent(definition: def))
    }
}
