import AttuneGuard
import XCTest

/// Helper: the (kind, text) pairs the default guard finds.
func found(_ text: String, guard g: IdentifierGuard = IdentifierGuard()) -> [String] {
    g.scan(text).map { "\($0.kind.rawValue):\($0.text)" }
}

final class StructuredKindsTests: XCTestCase {
    func testPhoneNumbers() {
        XCTAssertEqual(found("Call her at (503) 555-0142 tonight."), ["phone:(503) 555-0142"])
        XCTAssertEqual(found("Mobile +44 20 7946 0958."), ["phone:+44 20 7946 0958"])
        XCTAssertEqual(found("She gave 0412 345 678 as a contact."), ["phone:0412 345 678"])
        XCTAssertEqual(found("Ring 555-0142 after."), ["phone:555-0142"])
        XCTAssertEqual(found("Number 503.555.0142 works."), ["phone:503.555.0142"])
        XCTAssertEqual(found("Fax: 503-555-0199"), ["fax:503-555-0199"])
    }

    func testNumbersThatAreNotPhones() {
        XCTAssertEqual(found("Scores over weeks were 12 14 15 13 16 and intensity 4/5."), [])
        XCTAssertEqual(found("From 2019-2021 she worked nights; 45 minutes; 10:30; 3.5 hours; 80%."), [])
        XCTAssertEqual(found("Session 12 of 20, rated 7/10, PHQ-9 of 14 and GAD-7 of 9."), [])
    }

    func testEmailAndURL() {
        XCTAssertEqual(found("Wrote to (jane.doe+notes@example.org)."), ["email:jane.doe+notes@example.org"])
        XCTAssertEqual(found("See https://example.com/path?q=1, then www.example.net."),
                       ["url:https://example.com/path?q=1", "url:www.example.net"])
        XCTAssertEqual(found("Her blog is sunnyside-blog.com now."), ["url:sunnyside-blog.com"])
        XCTAssertEqual(found("e.g. this, i.e. that; session.It was."), [])
    }

    func testIPAddresses() {
        XCTAssertEqual(found("Logged from 192.168.10.24 today."), ["ip-address:192.168.10.24"])
        XCTAssertEqual(found("Address 2001:0db8:85a3:0000:0000:8a2e:0370:7334 seen."),
                       ["ip-address:2001:0db8:85a3:0000:0000:8a2e:0370:7334"])
        XCTAssertEqual(found("Or fe80::1ff:fe23:4567:890a and ::1."), ["ip-address:fe80::1ff:fe23:4567:890a", "ip-address:::1"])
        XCTAssertEqual(found("We met 10:30:00 to 11:15, ratio 3:1, 300.1.2.3 is no address."), [])
    }

    func testIDNumbers() {
        XCTAssertEqual(found("SSN 123-45-6789 on file."), ["id-number:123-45-6789"])
        XCTAssertEqual(found("MRN: 4471203."), ["id-number:4471203"])
        XCTAssertEqual(found("Her medical record number is MR-88213."), ["id-number:MR-88213"])
        XCTAssertEqual(found("Account no. 88-1290-44 was mentioned."), ["id-number:88-1290-44"])
        XCTAssertEqual(found("Licence #PSY22871 expired."), ["id-number:PSY22871"])
        XCTAssertEqual(found("Member ID XGH449210 from the plan."), ["id-number:XGH449210"])
        XCTAssertEqual(found("Reference 90817263 came up."), ["id-number:90817263"])
        XCTAssertEqual(found("The policy since 2024 and case C-17, $120000 salary."), [])
    }

    func testAddressesAndZips() {
        XCTAssertEqual(found("She lives at 1428 Elm Street, Apt 4B now."), ["address:1428 Elm Street, Apt 4B"])
        XCTAssertEqual(found("He moved to 22 Baker St. last year."), ["address:22 Baker St."])
        XCTAssertEqual(found("Grew up on Maple Avenue."), ["address:Maple Avenue"])
        XCTAssertEqual(found("Write to PO Box 4411."), ["address:PO Box 4411"])
        XCTAssertEqual(found("Portland, OR 97201 is far."), ["zip:97201"])
        XCTAssertEqual(found("ZIP 02139 and 97201-1234."), ["zip:02139", "zip:97201-1234"])
        XCTAssertEqual(found("Melbourne VIC 3000 and SW1A 1AA."), ["zip:3000", "zip:SW1A 1AA"])
        XCTAssertEqual(found("She lives in Springfield with her aunt."), ["address:Springfield"])
        XCTAssertEqual(found("We talked with Dr Patel about it."), ["name:Dr Patel"])
        XCTAssertEqual(found("She started ACT 2021 and CBT in 2019; 10000 steps."), [])
    }

    func testAges() {
        XCTAssertEqual(found("Her 92-year-old grandmother."), ["age:92"])
        XCTAssertEqual(found("He is 95 years old, aged 101."), ["age:95", "age:101"])
        XCTAssertEqual(found("Her father, in his 90s, and a ninety-three-year-old aunt."), ["age:90s", "age:ninety-three"])
        XCTAssertEqual(found("A 45-year-old man, aged 89, 90 minutes, 95% sure."), [])
    }
}
