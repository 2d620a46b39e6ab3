import AttuneDomain
import AttuneStore
import AttuneTUI
import Foundation
import XCTest
@testable import AttuneApp

/// Helpers for the check-in, assessment and history tests: key presses, synthetic wording, temporary workbooks.
enum CheckInFixture {
    static func press(_ app: inout AttuneApp, _ keys: [Key]) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += app.update(.key(key)) }
        return effects
    }

    static func digits(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// Made-up item wording with the right count: never the instruments' real items.
    static func syntheticWording(_ count: Int, prefix: String = "Synthetic item") -> [String] {
        (1...count).map { "\(prefix) \($0): a made-up statement for tests" }
    }

    static func cbi() throws -> InstrumentKey { try InstrumentKey.bundled("cbi") }
    static func proqol() throws -> InstrumentKey { try InstrumentKey.bundled("proqol5") }
    static func pulse() throws -> PulseCheckIn { try PulseCheckIn.bundled() }

    static func pulseEntry(_ id: String, daysAgo: Double, answers: [String: Int]) throws -> Entry {
        let pulse = try pulse()
        let flow = QuestionnaireFlow(questionnaire: .pulse(pulse), answers: pulse.items.map { answers[$0.id] })
        return QuestionnaireRecord.entry(for: flow, id: EntryID(id), created: Fixture.now.addingTimeInterval(-daysAgo * 86_400),
                                         author: "A. Lee")
    }

    static func cbiEntry(_ id: String, daysAgo: Double, answers: String) throws -> Entry {
        let key = try cbi()
        return QuestionnaireRecord.assessment(key, answers: try key.parseAnswers(answers), id: EntryID(id),
                                              created: Fixture.now.addingTimeInterval(-daysAgo * 86_400), author: "A. Lee")
    }

    /// A fresh temporary folder, removed by the test case's teardown block.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("attune-checkin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A real workbook on disk behind the app's store service, for tests of files and imported wording.
    static func storeContext(_ test: XCTestCase) throws -> (AppContext, Workbook) {
        Fixture.pinTimeZone()
        let folder = try temporaryFolder(test).appendingPathComponent("workbook")
        let workbook = try Workbook.create(at: folder, role: .supervisee, name: "A. Lee", now: { Fixture.now })
        test.addTeardownBlock { workbook.close() }
        let ctx = AppContext(workbook: StoreWorkbookService(workbook: workbook, now: { Fixture.now }),
                             now: { Fixture.now }, theme: .mono, checklist: Fixture.checklist)
        return (ctx, workbook)
    }
}
