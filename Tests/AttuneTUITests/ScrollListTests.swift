import XCTest
@testable import AttuneTUI

final class ScrollListTests: XCTestCase {
    func sample() -> ScrollList {
        ScrollList(columns: [.init("Date", width: .fixed(10), priority: 2), .init("Kind", width: .fixed(6)),
                             .init("Client", priority: 1), .init("Score", width: .fixed(5), alignment: .right)],
                   rows: [["2026-11-02", "note", "José R.", "–"],
                          ["2026-11-09", "check", "", "62"],
                          ["2026-11-16", "note", "Zoë K.", "–"],
                          ["2026-11-20", "note", "C-17 ÉLAN", "–"]],
                   emptyText: "No entries yet. Press n to write one.")
    }

    func testNavigation() {
        var l = sample()
        l.pageSize = 2
        XCTAssertEqual(l.selectedRow, 0)
        XCTAssertEqual(l.handle(.down), .moved); XCTAssertEqual(l.selectedRow, 1)
        _ = l.handle(.pageDown); XCTAssertEqual(l.selectedRow, 3)
        _ = l.handle(.pageUp); XCTAssertEqual(l.selectedRow, 1)
        _ = l.handle(.end); XCTAssertEqual(l.selectedRow, 3)
        _ = l.handle(.home); XCTAssertEqual(l.selectedRow, 0)
        _ = l.handle(.char("j")); _ = l.handle(.char("k")); XCTAssertEqual(l.selectedRow, 0)
        XCTAssertEqual(l.handle(.enter), .chosen(0))
        XCTAssertEqual(l.handle(.char("x")), .ignored)
    }

    func testFilterIgnoresCaseAndAccents() {
        var l = sample()
        l.filter = "jose"
        XCTAssertEqual(l.visibleRows, [0])
        l.filter = "ZOE"
        XCTAssertEqual(l.visibleRows, [2])
        l.filter = "elan c-17"
        XCTAssertEqual(l.visibleRows, [3], "all words must match, in any order")
        l.filter = "note 11-1"
        XCTAssertEqual(l.visibleRows, [2])
        l.filter = ""
        XCTAssertEqual(l.visibleRows, [0, 1, 2, 3])
    }

    func testSelectionFollowsTheRowThroughFiltering() {
        var l = sample()
        _ = l.handle(.end)
        l.filter = "note"
        XCTAssertEqual(l.selectedRow, 3)
        l.filter = "check"
        XCTAssertEqual(l.selectedRow, 1, "the selected row was filtered out: the first match is selected")
        XCTAssertEqual(l.handle(.enter), .chosen(1))
    }

    func testRenderAt40() {
        var l = sample()
        _ = l.handle(.down)
        let b = rendered(width: 40, height: 5) { l.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Date       Kind   Client           Score
            2026-11-02 note   José R.              –
            2026-11-09 check                      62
            2026-11-16 note   Zoë K.               –
            2026-11-20 note   C-17 ÉLAN            –
            """)
        XCTAssertTrue(b[0, 2].style.reverse)
        XCTAssertTrue(b[39, 2].style.reverse, "the highlight spans the row")
        XCTAssertFalse(b[0, 1].style.reverse)
    }

    func testRenderNarrowScrollsToTheSelection() {
        var l = sample()
        _ = l.handle(.end)
        let b = rendered(width: 20, height: 3) { l.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Date       Client
            2026-11-16 Zoë K.
            2026-11-20 C-17 ÉLAN
            """)
    }

    func testEmptyStates() {
        var l = ScrollList(columns: [.init("Title")], emptyText: "No entries yet. Press n to write one.")
        var b = rendered(width: 20, height: 4) { l.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Title
            No entries yet.
            Press n to write
            one.
            """)
        l = sample()
        l.filter = "nobody"
        XCTAssertNil(l.selectedRow)
        XCTAssertEqual(l.handle(.down), .ignored)
        XCTAssertEqual(l.handle(.enter), .ignored)
        b = rendered(width: 40, height: 2) { l.render(into: &$0, area: $1, focused: $2, theme: $3) }
        assertRenders(b, """
            Date       Kind   Client           Score
            No match for “nobody”.
            """)
    }

    func testColumnWidthsShareTheRest() {
        let l = ScrollList(columns: [.init("a", width: .fixed(4)), .init("b", width: .flexible(1)),
                                     .init("c", width: .flexible(2))])
        XCTAssertEqual(l.columnWidths(total: 20), [4, 4, 10])
        XCTAssertEqual(l.columnWidths(total: 13), [4, 8, nil], "too narrow for two flexible columns")
        XCTAssertEqual(l.columnWidths(total: 3), [3, nil, nil], "the last column standing takes what there is")
    }
}
