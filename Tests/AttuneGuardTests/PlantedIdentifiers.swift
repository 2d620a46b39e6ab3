import AttuneGuard

/// A piece of a synthetic sentence: plain text, or an identifier planted on purpose (the ground truth).
enum Piece {
    case text(String)
    case id(GuardKind, String)
}

/// Sentences that carry one identifier of a given kind, in the many shapes writers use.
/// Names, numbers and places are invented; numbers use reserved ranges where those exist (555-01xx, example.org,
/// 192.0.2.x / 2001:db8:: documentation addresses).
enum PlantedIdentifiers {
    /// Given names for planting, written separately from the guard's own list: most are common, some
    /// (marked by the second list) are deliberately absent from it to measure the blind spot honestly.
    static let givenNames = ["Maria", "Daniel", "Priya", "Jamal", "Sofia", "Liam", "Aisha", "Chen", "Olivia", "Mateo",
                             "Fatima", "Noah", "Hannah", "Kwame", "Emily", "Arjun", "Chloe", "Tyrone", "Ingrid",
                             "Yusuf", "Megan", "Diego", "Leila", "Samuel", "Zoe", "Tomasz", "Amara", "Rachel"]
    static let unlistedNames = ["Oisin", "Saoirse", "Bexley", "Kirra", "Jarrah", "Anwen", "Eilidh", "Nkechi",
                                "Bongani", "Kalani"]
    static let surnames = ["Okafor", "Lopez", "Nguyen", "Sousa", "Kowalski", "Patel", "Haddad", "Murphy", "Schmidt",
                           "Tanaka", "Mensah", "Ivanova", "Fitzgerald", "Brennan", "Castillo", "Achebe", "Lindqvist"]
    static let streets = ["Elm", "Maple", "Harbour", "Station", "Wattle", "Church", "Kingfisher", "Cedar Hill"]
    static let suffixes = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Drive", "Court", "Crescent"]
    static let towns = ["Springfield", "Ballarat", "Eastwood", "Millbrook", "Riverton", "Ashford", "Port Kembla"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let monthShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

    /// One sentence holding an identifier of `kind`; a planted date never equals `sessionDate` (which is allowed).
    static func sentence(for kind: GuardKind, sessionDate: CalendarDay, rng: inout SeededRandom) -> [Piece] {
        switch kind {
        case .name: return name(&rng)
        case .phone: return [.text(rng.pick(["She left her number, ", "Her mobile is ", "Call back on ",
                                             "The crisis contact given was "])), .id(.phone, phone(&rng)),
                             .text(rng.pick([", in case I needed to reschedule.", ".", " after 5pm.", " (mobile)."]))]
        case .fax: return [.text(rng.pick(["The referral came by fax from ", "Fax: ", "Their fax number is ",
                                           "Faxed the letter to "])), .id(.fax, phone(&rng, long: true)), .text(".")]
        case .email: return [.text(rng.pick(["She emailed from ", "Contact: ", "Her address is ", "Reply went to "])),
                             .id(.email, email(&rng)), .text(rng.pick([".", " yesterday.", ", twice."]))]
        case .url: return [.text(rng.pick(["She showed me her blog at ", "See ", "The fundraiser page is ",
                                           "He posts at "])), .id(.url, url(&rng)), .text(rng.pick([".", " now.", ""]))]
        case .ipAddress: return [.text(rng.pick(["The telehealth log showed ", "Login from ", "Connection via "])),
                                 .id(.ipAddress, ip(&rng)), .text(rng.pick([".", " before it dropped.", " again."]))]
        case .date: return date(&rng, avoiding: sessionDate)
        case .idNumber: return idNumber(&rng)
        case .address: return address(&rng)
        case .zip: return zip(&rng)
        case .age: return age(&rng)
        }
    }

    // MARK: kinds

    private static func firstName(_ rng: inout SeededRandom) -> String {
        rng.chance(0.15) ? rng.pick(unlistedNames) : rng.pick(givenNames)
    }

    private static func name(_ rng: inout SeededRandom) -> [Piece] {
        let g = firstName(&rng), s = rng.pick(surnames)
        switch rng.int(0...10) {
        case 0: return [.text("She talked about her \(rng.pick(["husband", "son", "daughter", "sister", "partner"])) "),
                        .id(.name, g), .text(" for most of the hour.")]
        case 1: return [.text("The referral came from "), .id(.name, "\(rng.pick(["Dr", "Dr.", "Mr", "Ms"])) \(s)"),
                        .text(" at the clinic.")]
        case 2: return [.text("It reminded me of "), .id(.name, "\(g) \(s)"), .text(" from my own school years.")]
        case 3: return [.text("He has a new friend \(rng.pick(["named", "called"])) "), .id(.name, g), .text(".")]
        case 4: return [.text("I noticed "), .id(.name, g), .text("'s hesitation when the topic shifted.")]
        case 5: return [.text("I kept thinking about "), .id(.name, g), .text(" afterwards.")]
        case 6: return [.id(.name, g), .text(" cried when talking about the move.")]
        case 7: return [.text("Her mother, "), .id(.name, "\(g) \(s)"), .text(", came to the first session.")]
        // Two shapes the guard is expected to miss often: a surname alone, a given name before "and I".
        case 9: return [.text("I kept wondering what "), .id(.name, s), .text(" would have said.")]
        case 10: return [.id(.name, g), .text(" and I both went quiet.")]
        default: return [.text("We discussed "), .id(.name, "\(rng.pick(["Mrs", "Mr", "Dr"])) \(s)"),
                         .text("'s letter.")]
        }
    }

    static func phone(_ rng: inout SeededRandom, long: Bool = false) -> String {
        let area = String(rng.int(201...989)), line = "01" + rng.digits(2)
        let forms = [
            "(\(area)) 555-\(line)", "\(area)-555-\(line)", "\(area).555.\(line)", "+1 \(area) 555 \(line)",
            "+44 20 7946 0\(rng.digits(3))", "04\(rng.digits(2)) \(rng.digits(3)) \(rng.digits(3))",
            "(02) 9\(rng.digits(3)) \(rng.digits(4))", "\(area)555\(line)", "+61 4\(rng.digits(2)) \(rng.digits(3)) \(rng.digits(3))",
        ]
        return long ? rng.pick(forms) : rng.pick(forms + ["555-\(line)"])
    }

    private static func email(_ rng: inout SeededRandom) -> String {
        let user = rng.pick(["jdoe", "maria.l", "sunny_days", "k.okafor", "mum.of.three", "t.nguyen88"])
        return user + (rng.chance(0.3) ? rng.digits(2) : "") + "@" + rng.pick(["example.org", "example.com", "mail.example.net"])
    }

    private static func url(_ rng: inout SeededRandom) -> String {
        rng.pick(["https://www.example.org/fundraiser", "http://example.com/blog?id=\(rng.digits(3))", "www.example.net",
                  "sunnyside-blog.com", "https://example.org/u/\(rng.digits(4))", "my-story.example.org/p/2"])
    }

    private static func ip(_ rng: inout SeededRandom) -> String {
        switch rng.int(0...3) {
        case 0: return "192.0.2.\(rng.int(1...254))"
        case 1: return "203.0.113.\(rng.int(1...254))"
        case 2: return "2001:db8::\(String(rng.int(1...0xffff), radix: 16))"
        default: return "2001:0db8:85a3:0000:0000:8a2e:0370:\(String(rng.int(0x1000...0xffff), radix: 16))"
        }
    }

    private static func date(_ rng: inout SeededRandom, avoiding session: CalendarDay) -> [Piece] {
        let m = rng.int(1...12), y = rng.int(1950...2025)
        var d = rng.int(1...28)
        if m == session.month, d == session.day { d = d % 28 + 1 }
        let month = monthNames[m - 1]
        let forms = [
            "\(month) \(d)", "\(month) \(d), \(y)", "\(d) \(month)", "\(d)\(ordinal(d)) of \(month) \(y)",
            String(format: "%04d-%02d-%02d", y, m, d), "\(m)/\(d)/\(y)", String(format: "%02d.%02d.%02d", d, m, y % 100),
            "\(monthShort[m - 1]). \(d)", "\(d)\(ordinal(d)) \(month)",
        ]
        let form = rng.pick(forms)
        return [.text(rng.pick(["Her birthday is ", "He was admitted on ", "The anniversary is on ", "We first met on ",
                                "Discharge was "])), .id(.date, form), .text(".")]
    }

    private static func ordinal(_ d: Int) -> String {
        if (11...13).contains(d) { return "th" }
        switch d % 10 { case 1: return "st"; case 2: return "nd"; case 3: return "rd"; default: return "th" }
    }

    private static func idNumber(_ rng: inout SeededRandom) -> [Piece] {
        let forms: [(String, String)] = [
            ("Her SSN, ", "\(rng.int(100...665))-\(rng.digits(2))-\(rng.digits(4))"),
            ("MRN: ", rng.digits(7)),
            ("Medical record number ", "MR-\(rng.digits(6))"),
            ("His account no. ", "\(rng.digits(2))-\(rng.digits(4))-\(rng.digits(2))"),
            ("Licence #", "PSY\(rng.digits(5))"),
            ("Member ID ", "XGH\(rng.digits(6))"),
            ("Health plan number: ", rng.digits(9)),
            ("Reference ", rng.digits(8)),
            ("Medicare card ", "\(rng.digits(4)) \(rng.digits(5)) \(rng.digits(1))"),
        ]
        let (lead, value) = rng.pick(forms)
        return [.text(lead), .id(.idNumber, value), .text(rng.pick([" was on the form.", " came up by mistake.", "."]))]
    }

    private static func address(_ rng: inout SeededRandom) -> [Piece] {
        let street = "\(rng.int(1...2400)) \(rng.pick(streets)) \(rng.pick(suffixes))"
        switch rng.int(0...3) {
        case 0: return [.text("She lives at "), .id(.address, street), .text(" with her aunt.")]
        case 1: return [.text("They moved to "), .id(.address, street + ", Apt \(rng.int(1...40))"), .text(" last year.")]
        case 2: return [.text("Send the letter to "), .id(.address, "PO Box \(rng.digits(4))"), .text(".")]
        default: return [.text("He lives in "), .id(.address, rng.pick(towns)), .text(" now, near the river.")]
        }
    }

    private static func zip(_ rng: inout SeededRandom) -> [Piece] {
        switch rng.int(0...4) {
        case 0: return [.text("Her town is in \(rng.pick(["OR", "CA", "NY", "TX"])) "), .id(.zip, "9\(rng.digits(4))"), .text(".")]
        case 1: return [.text("ZIP "), .id(.zip, rng.digits(5)), .text(" was on the intake form.")]
        case 2: return [.text("Postcode: "), .id(.zip, "\(rng.int(2...7))\(rng.int(1...9))\(rng.digits(2))"), .text(".")]
        case 3: return [.text("The form said "), .id(.zip, "9\(rng.digits(4))-\(rng.digits(4))"), .text(".")]
        default: return [.text("Her old flat was near "), .id(.zip, "SW\(rng.int(1...9))A \(rng.int(1...9))AA"), .text(".")]
        }
    }

    private static func age(_ rng: inout SeededRandom) -> [Piece] {
        let n = String(rng.int(90...104))
        switch rng.int(0...4) {
        case 0: return [.text("Her "), .id(.age, n), .text("-year-old grandmother moved in.")]
        case 1: return [.text("His father is "), .id(.age, n), .text(" years old.")]
        case 2: return [.text("The neighbour, aged "), .id(.age, n), .text(", checks on them.")]
        case 3: return [.text("Her grandfather, in his "), .id(.age, "90s"), .text(", still drives.")]
        default: return [.text("A "), .id(.age, "ninety-\(rng.pick(["one", "two", "four", "six"]))"), .text("-year-old aunt raised her.")]
        }
    }
}
