import AttuneDomain
@testable import AttuneRules

/// For every shipped rule: a synthetic workbook where it fires and one, close to it, where it does not, plus a
/// phrase its why text must contain when it fires. `RuleFixtureTests` fails when a shipped rule has none.
struct RuleFixture {
    var fires: [Entry]
    var quiet: [Entry]
    var why: String
    var role = "supervisee"
    var quietRole: String?
}

enum RuleFixtures {
    typealias S = Synthetic

    static let all: [String: RuleFixture] = [
        "burnout.pulse-high": RuleFixture(
            fires: [S.checkin(daysAgo: 30, ["exhaustion": 50]), S.checkin(daysAgo: 2, ["exhaustion": 75])],
            quiet: [S.checkin(daysAgo: 30, ["exhaustion": 80]), S.checkin(daysAgo: 2, ["exhaustion": 65])],
            why: "exhaustion 75 on your latest check-in (previous 50)"),
        "burnout.pulse-rising": RuleFixture(
            fires: [S.checkin(daysAgo: 60, ["exhaustion": 20]), S.checkin(daysAgo: 21, ["exhaustion": 45]),
                    S.checkin(daysAgo: 10, ["exhaustion": 60]), S.checkin(daysAgo: 1, ["exhaustion": 75])],
            quiet: [S.checkin(daysAgo: 21, ["exhaustion": 60]), S.checkin(daysAgo: 1, ["exhaustion": 70])],
            why: "exhaustion 75 (was 45 three weeks ago)"),
        "burnout.detachment-rising": RuleFixture(
            fires: [S.checkin(daysAgo: 10, ["detachment": 40]), S.checkin(daysAgo: 1, ["detachment": 65])],
            quiet: [S.checkin(daysAgo: 10, ["detachment": 60]), S.checkin(daysAgo: 1, ["detachment": 65])],
            why: "detachment 65, +25 since"),
        "burnout.cbi-above-reference": RuleFixture(
            fires: [S.assessment(daysAgo: 3, instrument: "cbi", ["personal": 45.8, "work": 55.4, "client": nil])],
            quiet: [S.assessment(daysAgo: 3, instrument: "cbi", ["personal": 40, "work": 42.9, "client": 25]),
                    S.assessment(daysAgo: 3, instrument: "proqol5", ["burnout": 55])],
            why: "CBI personal 45.8, work 55.4, client none"),
        "burnout.cbi-rising": RuleFixture(
            fires: [S.assessment(daysAgo: 40, instrument: "cbi", ["work": 30]), S.assessment(daysAgo: 3, instrument: "cbi", ["work": 50])],
            quiet: [S.assessment(daysAgo: 40, instrument: "cbi", ["work": 30]), S.assessment(daysAgo: 3, instrument: "cbi", ["work": 35])],
            why: "CBI work +20"),
        "burnout.proqol-high": RuleFixture(
            fires: [S.assessment(daysAgo: 5, instrument: "proqol5", ["burnout": 44, "secondary_trauma": 30])],
            quiet: [S.assessment(daysAgo: 5, instrument: "proqol5", ["burnout": 30, "secondary_trauma": 41]),
                    S.assessment(daysAgo: 5, instrument: "cbi", ["work": 60])],
            why: "ProQOL 5 burnout 44"),
        "barrier.recurring": RuleFixture(
            fires: [S.checklist(daysAgo: 28, barriers: ["presence"]), S.checklist(daysAgo: 21, barriers: ["fatigue"]),
                    S.checklist(daysAgo: 14, barriers: ["fatigue", "presence"]), S.checklist(daysAgo: 7, barriers: ["cultural"]),
                    S.checklist(daysAgo: 1, barriers: ["fatigue"])],
            quiet: [S.checklist(daysAgo: 40, barriers: ["fatigue"]), S.checklist(daysAgo: 35, barriers: ["fatigue"]),
                    S.checklist(daysAgo: 21, barriers: ["fatigue"]), S.checklist(daysAgo: 14, barriers: ["presence"]),
                    S.checklist(daysAgo: 7, barriers: ["cultural"]), S.checklist(daysAgo: 1, barriers: ["fatigue"])],
            why: "fatigue was present in 3 of your last 4 checklists"),
        "barrier.boundaries": RuleFixture(
            fires: [S.checklist(daysAgo: 14, barriers: ["boundaries"]), S.checklist(daysAgo: 7, barriers: ["presence"]),
                    S.checklist(daysAgo: 1, barriers: ["boundaries", "fatigue"])],
            quiet: [S.checklist(daysAgo: 30, barriers: ["boundaries"]), S.checklist(daysAgo: 21, barriers: ["boundaries"]),
                    S.checklist(daysAgo: 14, barriers: ["presence"]), S.checklist(daysAgo: 7, barriers: ["boundaries"]),
                    S.checklist(daysAgo: 1, barriers: ["fatigue"])],
            why: "boundaries marked on 2 of your last 3 checklists"),
        "barrier.cultural-assumption": RuleFixture(
            fires: [S.checklist(daysAgo: 40, barriers: ["cultural"]), S.note(daysAgo: 6, client: "C-11", origin: ["cultural", "family"])],
            quiet: [S.checklist(daysAgo: 40, barriers: ["cultural"]), S.checklist(daysAgo: 3, barriers: ["presence"]),
                    S.note(daysAgo: 6, client: "C-11", origin: ["family"])],
            why: "the cultural barrier is on 0 checklist(s) and a cultural origin in 1 note(s)"),
        "cultural.assuming-words": RuleFixture(
            fires: [S.note(daysAgo: 5, client: "C-11", text: "I told her I know how you feel, and she went quiet.")],
            quiet: [S.note(daysAgo: 40, client: "C-11", text: "I know how you feel."),
                    S.note(daysAgo: 2, client: "C-11", text: "I do not know how she feels about the move.")],
            why: "wording that assumes understanding in 1 entry(ies)"),
        "ct.strong-reaction": RuleFixture(
            fires: [S.note(daysAgo: 3, client: "C-07", reactions: [("helpless", 4)]), S.note(daysAgo: 2, client: "C-02", reactions: [("positive", 2)])],
            quiet: [S.note(daysAgo: 20, client: "C-07", reactions: [("hostile", 5)]), S.note(daysAgo: 2, client: "C-07", reactions: [("helpless", 3)])],
            why: "1 note(s) about C-07 in the last 14 days"),
        "ct.repeated-client": RuleFixture(
            fires: (0..<3).map { S.note(daysAgo: Double(5 + 7 * $0), client: "C-03", reactions: [("overwhelmed", 3)], salt: $0) },
            quiet: ["C-03", "C-04", "C-05"].enumerated().map { S.note(daysAgo: Double(5 + 7 * $0.offset), client: $0.element, reactions: [("overwhelmed", 3)]) },
            why: "3 notes about C-03"),
        "ct.over-involvement": RuleFixture(
            fires: [S.note(daysAgo: 12, client: "C-09", reactions: [("special", 3)], direction: "toward"),
                    S.note(daysAgo: 4, client: "C-09", reactions: [("parental", 2)], direction: "toward")],
            quiet: [S.note(daysAgo: 12, client: "C-09", reactions: [("special", 3)], direction: "toward"),
                    S.note(daysAgo: 4, client: "C-10", reactions: [("parental", 2)], direction: "toward"),
                    S.note(daysAgo: 3, client: "C-09", reactions: [("special", 2)], direction: "away")],
            why: "2 notes about C-09 in 30 days"),
        "ct.rescuing": RuleFixture(
            fires: [S.note(daysAgo: 6, client: "C-12", text: "I caught myself wanting to RESCUE him from his family.")],
            quiet: [S.note(daysAgo: 60, client: "C-12", text: "I wanted to rescue him."),
                    S.note(daysAgo: 6, client: "C-12", text: "We rescheduled; the prescued plan held.")],
            why: "rescuing words in 1 note(s)"),
        "ct.disengagement": RuleFixture(
            fires: [S.note(daysAgo: 9, client: "C-05", reactions: [("disengaged", 3)]),
                    S.note(daysAgo: 2, client: "C-06", reactions: [("positive", 2)], direction: "away")],
            quiet: [S.note(daysAgo: 9, client: "C-05", reactions: [("disengaged", 3)]),
                    S.note(daysAgo: 2, client: "C-06", reactions: [("positive", 2)], direction: "toward"),
                    S.note(daysAgo: 45, client: "C-05", direction: "away")],
            why: "2 notes in the last 30 days describe pulling away"),
        "lapse.no-checkin": RuleFixture(
            fires: [S.checkin(daysAgo: 40, ["exhaustion": 30]), S.checkin(daysAgo: 20, ["exhaustion": 30])],
            quiet: [S.checkin(daysAgo: 20, ["exhaustion": 30]), S.checkin(daysAgo: 5, ["exhaustion": 30])],
            why: "your last pulse check-in was 20 days ago", quietRole: "supervisor"),
        "lapse.no-reflection": RuleFixture(
            fires: [S.reflection(daysAgo: 30), S.note(daysAgo: 10), S.note(daysAgo: 5, client: "C-02")],
            quiet: [S.reflection(daysAgo: 10), S.note(daysAgo: 10), S.note(daysAgo: 5, client: "C-02")],
            why: "2 notes in the last three weeks; last reflection 30 days ago"),
        "supervision.waiting": RuleFixture(
            fires: [S.session(daysAgo: 30), S.note(daysAgo: 20, forSupervision: "Why do I freeze when she cries?")],
            quiet: [S.note(daysAgo: 20, forSupervision: "Why do I freeze when she cries?"), S.session(daysAgo: 10),
                    S.note(daysAgo: 5, forSupervision: "Follow-up on the freezing")],
            why: "1 note(s) flagged for supervision have waited more than two weeks; last supervision 30 days ago"),
        "supervision.gap": RuleFixture(
            fires: [S.session(daysAgo: 40), S.note(daysAgo: 3)],
            quiet: [S.session(daysAgo: 20), S.note(daysAgo: 3)],
            why: "last supervision 40 days ago"),
        "supervisor.parallel-process": RuleFixture(
            fires: (0..<3).map { S.note(daysAgo: Double(2 + $0), client: "C-2\($0)", forSupervision: "Please look", shared: true) },
            quiet: (0..<3).map { S.note(daysAgo: Double(2 + $0), client: "C-2\($0)", forSupervision: "Please look", shared: true) }
                + [S.session(daysAgo: 1)],
            why: "3 shared notes from the last 14 days", role: "supervisor"),
    ]
}
