import AttuneDomain
import AttuneStore
import Foundation
import XCTest
@testable import AttuneApp

/// `attune instruments import`: reading the file, refusing what is not an item list, storing it privately.
final class AssessImportTests: XCTestCase {
    private var folder: InstrumentWordingFolder!
    private var scratch: URL!

    override func setUpWithError() throws {
        let root = try CheckInFixture.temporaryFolder(self)
        scratch = root.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        folder = InstrumentWordingFolder(workbookURL: root.appendingPathComponent("workbook"))
    }

    private func file(_ name: String, _ data: Data) throws -> URL {
        let url = scratch.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    private func text(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }

    private func importing(_ url: URL, _ id: String = "cbi") throws -> InstrumentWordingImporter.Report {
        try InstrumentWordingImporter.importFile(at: url, instrument: id, into: folder, now: Fixture.now)
    }

    private func refusal(_ url: URL, _ id: String = "cbi", file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try importing(url, id)
            XCTFail("the file was imported", file: file, line: line)
            return ""
        } catch {
            XCTAssertFalse(folder.isImported(id), "nothing is stored after a refusal", file: file, line: line)
            return String(describing: error)
        }
    }

    func testImportStoresTheItemsPrivatelyAndTheyLoadBack() throws {
        let items = CheckInFixture.syntheticWording(19)
        let report = try importing(try file("cbi.txt", text(items)))
        XCTAssertEqual(report.items, items)
        XCTAssertFalse(report.replaced)
        XCTAssertEqual(report.storedAt.path, folder.folder.appendingPathComponent("cbi.txt").path)
        let mode = try FileManager.default.attributesOfItem(atPath: report.storedAt.path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        XCTAssertEqual(try folder.load(try CheckInFixture.cbi()), items)
        XCTAssertEqual(folder.importedIDs(), ["cbi"])
        let stored = try String(contentsOf: report.storedAt, encoding: .utf8)
        XCTAssertTrue(stored.hasPrefix("# Copenhagen Burnout Inventory (CBI): item wording imported"), stored)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temp file is left behind")
    }

    func testWrongCountIsRefusedWithBothCounts() throws {
        let message = refusal(try file("short.txt", text(CheckInFixture.syntheticWording(18))))
        XCTAssertTrue(message.contains("CBI: expected 19 items, found 18"), message)
        let proqol = refusal(try file("long.txt", text(CheckInFixture.syntheticWording(31))), "proqol5")
        XCTAssertTrue(proqol.contains("ProQOL 5: expected 30 items, found 31"), proqol)
    }

    func testBlankLinesCommentsAndSurroundingSpacesAreSkipped() throws {
        var lines = ["# my copy, typed from the paper form", ""]
        for item in CheckInFixture.syntheticWording(30) { lines += ["   " + item + "\t ", "", "  "] }
        let report = try importing(try file("spaced.txt", text(lines)), "proqol5")
        XCTAssertEqual(report.items, CheckInFixture.syntheticWording(30))
    }

    func testUnicodeWordingIsKeptAsWritten() throws {
        let items = (1...19).map { "Élément \($0) — 日本語のテキスト, ünïcödé and e\u{301} combining" }
        let report = try importing(try file("unicode.txt", Data(("\u{FEFF}" + items.joined(separator: "\r\n")).utf8)))
        XCTAssertEqual(report.items, items, "the byte-order mark is dropped; CRLF lines split; text unchanged")
        XCTAssertEqual(try folder.load(try CheckInFixture.cbi()), items)
    }

    func testAFileThatIsNotTextIsRefused() throws {
        var binary = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
        binary.append(contentsOf: [UInt8](repeating: 0, count: 64))
        XCTAssertTrue(refusal(try file("program.bin", binary)).contains("NUL bytes"))

        let latin1 = Data("Caf\u{e9}\n".utf8.dropLast(3)) + Data([0xE9, 0x0A])
        XCTAssertTrue(refusal(try file("latin1.txt", latin1)).contains("not UTF-8 text (invalid byte at offset 3)"))

        let utf16 = try XCTUnwrap(CheckInFixture.syntheticWording(19).joined(separator: "\n").data(using: .utf16))
        XCTAssertTrue(refusal(try file("utf16.txt", utf16)).contains("not"), "UTF-16 is refused")

        var escape = CheckInFixture.syntheticWording(19)
        escape[4] = "Item with \u{1B}[31m an escape sequence"
        XCTAssertTrue(refusal(try file("escape.txt", text(escape))).contains("Line 5 contains a control character"))
    }

    func testFoldersMissingFilesAndHugeFilesAreRefusedClearly() throws {
        XCTAssertTrue(refusal(scratch).contains("is a folder or a device, not a text file"))
        XCTAssertTrue(refusal(scratch.appendingPathComponent("nope.txt")).contains("There is no file at"))
        let huge = Data(repeating: 0x61, count: InstrumentImport.maximumBytes + 10)
        let message = refusal(try file("huge.txt", huge))
        XCTAssertTrue(message.contains("The file has \(InstrumentImport.maximumBytes + 10) bytes"), message)
    }

    func testUnknownInstrumentNamesTheKnownOnes() throws {
        let message = refusal(try file("mbi.txt", text(["x"])), "mbi")
        XCTAssertTrue(message.contains("There is no instrument 'mbi'"), message)
        XCTAssertTrue(message.contains("cbi, proqol5"), message)
    }

    func testAnotherImportReplacesTheFirstAndARefusedOneKeepsIt() throws {
        _ = try importing(try file("a.txt", text(CheckInFixture.syntheticWording(19, prefix: "First"))))
        let second = try importing(try file("b.txt", text(CheckInFixture.syntheticWording(19, prefix: "Second"))))
        XCTAssertTrue(second.replaced)
        _ = try? importing(try file("c.txt", text(["too short"])))
        XCTAssertEqual(try folder.load(try CheckInFixture.cbi())?.first, CheckInFixture.syntheticWording(19, prefix: "Second")[0])
    }

    func testADamagedStoredFileSaysToImportAgain() throws {
        _ = try importing(try file("a.txt", text(CheckInFixture.syntheticWording(19))))
        try Data("only one line\n".utf8).write(to: folder.fileURL(for: "cbi"))
        XCTAssertThrowsError(try folder.load(try CheckInFixture.cbi())) { error in
            XCTAssertTrue(String(describing: error).contains("Import it again"), "\(error)")
        }
    }

    func testTheKeyShownBeforeUseNamesScalesReversalsAndBands() throws {
        let cbi = InstrumentKeySummary.lines(try CheckInFixture.cbi()).joined(separator: "\n")
        XCTAssertTrue(cbi.contains("Work-related burnout: items 7–13; mean of the answered items; reversed: 13; needs 4 of 7"), cbi)
        XCTAssertTrue(cbi.contains("No bands or cut-offs; charts show a reference line at 50."), cbi)
        let proqol = InstrumentKeySummary.lines(try CheckInFixture.proqol()).joined(separator: "\n")
        XCTAssertTrue(proqol.contains("Burnout: items 1, 4, 8, 10, 15, 17, 19, 21, 26, 29; sum of the items; reversed: 1, 4, 15, 17, 29"), proqol)
        XCTAssertTrue(proqol.contains("Bands: Low 10–22, Moderate 23–41, High 42 or more."), proqol)
    }

    func testTheStoreServiceOffersTheImportedWordingToTheAssessmentScreen() throws {
        let (ctx, workbook) = try CheckInFixture.storeContext(self)
        XCTAssertTrue(QuestionnaireScreen.assessment("cbi", ctx: ctx) is InstrumentInfoScreen)
        let wording = InstrumentWordingFolder(workbookURL: workbook.url)
        _ = try InstrumentWordingImporter.importFile(at: try file("cbi.txt", text(CheckInFixture.syntheticWording(19))),
                                                     instrument: "cbi", into: wording, now: Fixture.now)
        let screen = try XCTUnwrap(QuestionnaireScreen.assessment("cbi", ctx: ctx) as? QuestionnaireScreen)
        XCTAssertEqual(screen.questionnaire.items, CheckInFixture.syntheticWording(19))
        try Data("# nothing\n".utf8).write(to: wording.fileURL(for: "cbi"))
        let damaged = try XCTUnwrap(QuestionnaireScreen.assessment("cbi", ctx: ctx) as? InstrumentInfoScreen)
        XCTAssertTrue(damaged.problem?.contains("expected 19 items, found 0") == true, damaged.problem ?? "")
    }
}
