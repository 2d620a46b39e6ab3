import AttuneGuard
import XCTest

final class NameTests: XCTestCase {
    func testCuesFindNames() {
        XCTAssertEqual(found("She mentioned her husband Tom twice."), ["name:Tom"])
        XCTAssertEqual(found("Her daughter, Grace, phoned."), ["name:Grace"])
        XCTAssertEqual(found("We discussed Mr Okafor and Dr. Ana Sousa."), ["name:Mr Okafor", "name:Dr. Ana Sousa"])
        XCTAssertEqual(found("A friend named Bexley, a playlist called Rainy Days."), ["name:Bexley"])
        XCTAssertEqual(found("I kept thinking about Daniel afterwards."), ["name:Daniel"])
        XCTAssertEqual(found("Priya cried when she spoke."), ["name:Priya"])
        XCTAssertEqual(found("It reminded me of Jordan Blake somehow."), ["name:Jordan Blake"])
        XCTAssertEqual(found("I noticed Okonkwo's hesitation."), ["name:Okonkwo"])
        XCTAssertEqual(found("St Vincent's Hospital and St. Mary's school; her ex, Darren, texted."), ["name:Darren"])
        XCTAssertEqual(found("Carl Rogers and Marsha Linehan, but not Sarah Miller."), ["name:Sarah Miller"])
        XCTAssertEqual(found("She watches Grey's Anatomy; the Mental Health Team and Child Protection called."), [])
        XCTAssertEqual(found("Sofía llegó tarde; José también."), ["name:Sofía", "name:José"])
    }

    func testClinicalCapitalsAreNotNames() {
        let note = """
        ## Trigger
        On Monday the client (C-17) described her Christmas plans. I noticed tension. CBT and DBT skills came up; \
        the PHQ-9 was 14. Using Hawkins and Shohet's seven-eyed model, Mode 4 fits. In March I felt the same. \
        Client's mother called on Tuesday. We used Zoom. Today's session: intensity 4/5. Grace under pressure is \
        what I aim for. Will I manage? Mark the date. Hope helps. English is her second language. Supervision \
        notes follow. Beck Depression Inventory. Acceptance and Commitment Therapy.
        """
        XCTAssertEqual(found(note), [])
    }

    func testAllowedTermsAndPseudonyms() {
        let g = IdentifierGuard(allowedTerms: ["Robin", "Client Blue", "C-17"])
        XCTAssertEqual(found("Robin said her husband Robin was kind; Client Blue and C-17 agreed.", guard: g), [])
        XCTAssertEqual(found("Blue's sister Maria visited.", guard: g), ["name:Maria"])
    }

    func testPossessiveStaysOutsideTheName() throws {
        let text = "I felt for Jamal's brother."
        let hits = IdentifierGuard().scan(text)
        XCTAssertEqual(hits.map(\.text), ["Jamal"])
        XCTAssertEqual(try IdentifierGuard.applyPlaceholders(for: hits, to: text), "I felt for [name]'s brother.")
        let curly = "I noticed Jamal\u{2019}s pause and Yusuf\u{2019} silence and Agnes' reply."
        XCTAssertEqual(try IdentifierGuard.applyPlaceholders(for: IdentifierGuard().scan(curly), to: curly),
                       "I noticed [name]\u{2019}s pause and [name]\u{2019} silence and [name]' reply.")
    }

    func testClientCodeCheck() {
        let g = IdentifierGuard()
        for code in ["Maria Lopez", "Maria", "Mr Okafor", "Jordan Blake"] {
            let hits = g.scanClientCode(code)
            XCTAssertEqual(hits.map(\.kind), [.name], code)
            XCTAssertEqual(hits.first?.reason, "client codes must be a pseudonym or case code")
            XCTAssertEqual(hits.first?.text, code)
        }
        for code in ["C-17", "Client B", "K.M.", "Client Blue", "Hope", "case 2291", "", "  "] {
            XCTAssertEqual(g.scanClientCode(code), [], code)
        }
        XCTAssertEqual(g.scanClientCode("jdoe@example.com").map(\.kind), [.email])
        let dismissed = IdentifierGuard(allowedFingerprints: ["name:maria"])
        XCTAssertEqual(dismissed.scanClientCode("Maria"), [])
    }
}
