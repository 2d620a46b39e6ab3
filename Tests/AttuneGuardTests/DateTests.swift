import AttuneGuard
import XCTest

final class DateTests: XCTestCase {
    func testDateForms() {
        XCTAssertEqual(found("Born 2019-03-05, seen 3/14/2023 and 14.03.23."),
                       ["date:2019-03-05", "date:3/14/2023", "date:14.03.23"])
        XCTAssertEqual(found("On March 3 and on March 3rd, 2024 she called."), ["date:March 3", "date:March 3rd, 2024"])
        XCTAssertEqual(found("On the 3rd of March 2024 and 14 Feb."), ["date:3rd of March 2024", "date:14 Feb"])
        XCTAssertEqual(found("Discharged on 6/12."), ["date:6/12"])
        XCTAssertEqual(found("Her birthday is Sept. 9."), ["date:Sept. 9"])
    }

    func testWhatDatesAllow() {
        XCTAssertEqual(found("In 2019 and since March, intensity 4/5, 3/10 pain, on Monday at 10:30."), [])
        XCTAssertEqual(found("May I say: March came; a May 2024 memory."), [])
    }

    func testSessionDateIsAllowedInAnyForm() {
        let g = IdentifierGuard(sessionDate: "2026-11-22")
        XCTAssertEqual(found("Today 2026-11-22, 22/11/2026, Nov 22 and 22 November 2026.", guard: g), [])
        XCTAssertEqual(found("But 2026-11-21 and Nov 23.", guard: g), ["date:2026-11-21", "date:Nov 23"])
        XCTAssertEqual(found("Today 2026-11-22.", guard: IdentifierGuard(allowedTerms: [], sessionDate: nil)),
                       ["date:2026-11-22"])
        XCTAssertEqual(found("Today 2026-11-22.", guard: IdentifierGuard(sessionDate: "not a date")), ["date:2026-11-22"])
        XCTAssertEqual(CalendarDay(iso: "2026-11-22"), CalendarDay(year: 2026, month: 11, day: 22))
        XCTAssertNil(CalendarDay(iso: "2026-13-01"))
    }
}
