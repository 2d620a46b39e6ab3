import AttuneDomain
import AttuneTUI
import Foundation
@testable import AttuneApp

/// The screens the render tests freeze, each built the way a person reaches it (keys from the first screen).
enum CheckInScenarios {
    typealias Make = (Size) throws -> AttuneApp

    static func pulseApp(_ size: Size, entries: [Entry] = [], keys: [Key] = []) -> AttuneApp {
        let ctx = Fixture.context(entries: entries, size: size)
        var app = AttuneApp(ctx: ctx, root: QuestionnaireScreen.pulse(ctx: ctx), exitWhenRootCloses: true)
        _ = CheckInFixture.press(&app, keys)
        return app
    }

    static func earlierCheckIn() throws -> Entry {
        try CheckInFixture.pulseEntry("20261115-1000-checkin-0001", daysAgo: 7, answers: [
            "empty_tank": 1, "autopilot": 1, "curious": 3, "short_fuse": 2, "rested": 2, "work_follows_home": 2,
            "seeing_change": 3, "sinking_before_session": 1])
    }

    static func instrumentApp(_ size: Size, _ key: InstrumentKey, keys: [Key]) -> AttuneApp {
        let ctx = Fixture.context(entries: [], size: size)
        let q = Questionnaire.instrument(key, wording: CheckInFixture.syntheticWording(key.itemCount))
        var app = AttuneApp(ctx: ctx, root: QuestionnaireScreen(questionnaire: q, ctx: ctx), exitWhenRootCloses: true)
        _ = CheckInFixture.press(&app, keys)
        return app
    }

    static var all: [(String, Make)] { [
        ("checkin-first", { size in pulseApp(size) }),
        ("checkin-last", { size in pulseApp(size, keys: CheckInFixture.digits("2314123")) }),
        ("checkin-result", { size in
            pulseApp(size, entries: [try earlierCheckIn()], keys: CheckInFixture.digits("33122223") + [.enter]) }),
        ("checkin-draft-offer", { size in
            let ctx = Fixture.context(entries: [], size: size)
            var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
            _ = CheckInFixture.press(&app, [.char("i")] + CheckInFixture.digits("421") + [.escape, .char("i")])
            return app }),
        ("cbi-form", { size in instrumentApp(size, try CheckInFixture.cbi(), keys: CheckInFixture.digits("12")) }),
        ("cbi-result", { size in
            instrumentApp(size, try CheckInFixture.cbi(), keys: CheckInFixture.digits("1234512345123451234") + [.enter]) }),
        ("proqol-result", { size in
            instrumentApp(size, try CheckInFixture.proqol(),
                          keys: CheckInFixture.digits("123451234512345123451234512345") + [.enter]) }),
        ("proqol-not-imported", { size in
            let ctx = Fixture.context(entries: [], size: size)
            return AttuneApp(ctx: ctx, root: QuestionnaireScreen.assessment("proqol5", ctx: ctx), exitWhenRootCloses: true) }),
        ("history", { size in
            let later = try CheckInFixture.pulseEntry("20261122-0900-checkin-0002", daysAgo: 0.05, answers: [
                "empty_tank": 3, "autopilot": 3, "curious": 1, "short_fuse": 2, "rested": 2, "work_follows_home": 2,
                "seeing_change": 2, "sinking_before_session": 3])
            let ctx = Fixture.context(entries: [later, try earlierCheckIn()], size: size)
            var app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
            _ = CheckInFixture.press(&app, [.char(":")] + "scores".map { Key.char($0) } + [.enter, .down, .left])
            return app }),
        ("history-empty-cbi", { size in
            let ctx = Fixture.context(entries: [], size: size)
            var app = AttuneApp(ctx: ctx, root: ScoresHistoryScreen(ctx: ctx), exitWhenRootCloses: true)
            _ = CheckInFixture.press(&app, [.tab])
            return app }),
    ] }
}
