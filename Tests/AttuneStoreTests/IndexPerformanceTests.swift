import AttuneDomain
import Foundation
import XCTest
@testable import AttuneStore

/// Load times on a generated workbook. N comes from ATTUNE_STORE_BENCH_N (default 2000 to keep normal runs short);
/// figures in docs/STORE.md come from: ATTUNE_STORE_BENCH_N=10000 swift test -c release --filter IndexPerformanceTests
final class IndexPerformanceTests: XCTestCase {
    static let childEnv = "ATTUNE_STORE_BENCH_CHILD"

    private func milliseconds(_ block: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try block()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    private func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// Child role: what `attune list --limit 10` does in the store, then report own peak RSS and run time.
    /// Modes: `list` (open read-only, recent 10) or `baseline` (nothing: the cost of the test host alone).
    func testChildListRole() throws {
        let env = ProcessInfo.processInfo.environment
        guard let spec = env[Self.childEnv] else {
            // Normal runs: the same path in-process on a tiny workbook.
            let root = try makeTemporaryFolder("bench-role").appendingPathComponent("book")
            defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
            try Workbook.create(at: root, role: .supervisee, name: "B").close()
            try SyntheticEntries.writeFiles(count: 12, into: root)
            let wb = try Workbook.open(at: root, mode: .readOnly)
            XCTAssertEqual(wb.recent(limit: 10).count, 10)
            return
        }
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        let start = DispatchTime.now().uptimeNanoseconds
        var shown = 0
        if parts[0] == "list" {
            let wb = try Workbook.open(at: URL(fileURLWithPath: parts[1]), mode: .readOnly)
            shown = wb.recent(limit: 10).count
        }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        FileHandle.standardOutput.write(Data("bench shown=\(shown) work_ms=\(String(format: "%.2f", ms)) maxrss_kb=\(usage.ru_maxrss) end\n".utf8))
        exit(0)
    }

    func testLoadTimesOnGeneratedWorkbook() throws {
        let n = Int(ProcessInfo.processInfo.environment["ATTUNE_STORE_BENCH_N"] ?? "") ?? 2000
        let root = try makeTemporaryFolder("bench").appendingPathComponent("book")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try Workbook.create(at: root, role: .supervisee, name: "Bench").close()
        let generate = try milliseconds { try SyntheticEntries.writeFiles(count: n, into: root) }
        // Stamps from the last seconds are deliberately not trusted; pretend the files are an hour old.
        let later: @Sendable () -> Date = { Date().addingTimeInterval(3600) }

        var count = 0
        let cold = try milliseconds {
            count = try Workbook.open(at: root, mode: .readOnly, now: later).summaries().count
        }
        XCTAssertEqual(count, n)
        let warmAll = try (0..<5).map { _ in
            try milliseconds { count = try Workbook.open(at: root, mode: .readOnly, now: later).summaries().count }
        }
        XCTAssertEqual(count, n)
        var top: [EntrySummary] = []
        let recent = try (0..<5).map { _ in
            try milliseconds { top = try Workbook.open(at: root, mode: .readOnly, now: later).recent(limit: 10) }
        }
        XCTAssertEqual(top.map(\.id), (0..<10).map { SyntheticEntries.note($0, created: fixedNow.addingTimeInterval(Double(-3600 * $0))).id })
        let indexSize = (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(EntryIndex.relativePath).path)[.size] as? Int) ?? 0

        func child(_ spec: String) throws -> (wall: Double, report: String) {
            var out = ""
            let wall = try milliseconds {
                let (p, pipe) = try ChildProcess.start(test: "AttuneStoreTests.IndexPerformanceTests/testChildListRole",
                                                       environment: [Self.childEnv: spec])
                out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                p.waitUntilExit()
            }
            let line = out.split(separator: "\n").first { $0.hasPrefix("bench ") }.map(String.init) ?? "no report"
            return (wall, line)
        }
        let baseline = try child("baseline")
        let list = try child("list:\(root.path)")
        XCTAssertTrue(list.report.contains("shown=10"), list.report)

        print(String(format: """
            store bench N=%d: generate %.0f ms; cold open+summaries (parse all, build index) %.1f ms; \
            warm summaries (index + stat every file) median %.2f ms; recent(limit: 10) via index head median %.2f ms; \
            index %d bytes
            store bench child processes (test host): baseline wall %.1f ms [%@]; list wall %.1f ms [%@]
            """, n, generate, cold, median(warmAll), median(recent), indexSize,
            baseline.wall, baseline.report, list.wall, list.report))
        // Loose bounds so debug builds on a busy machine pass; the real figures are printed above.
        XCTAssertLessThan(median(recent), 200)
    }
}
