import XCTest
@testable import AttuneDomain

/// Answers in published order with the given item numbers set; every other item unanswered.
func answers(count: Int, _ set: [Int: Int]) -> [Int?] {
    (1...count).map { set[$0] }
}

/// Answers in published order where every item in `items` gets `value`, on top of `base`.
func answers(count: Int, base: [Int: Int] = [:], items: [Int], value: Int) -> [Int?] {
    var all = base
    for item in items { all[item] = value }
    return answers(count: count, all)
}

func loadCBI() throws -> InstrumentKey {
    try InstrumentKey.bundled("cbi")
}

func loadProQOL() throws -> InstrumentKey {
    try InstrumentKey.bundled("proqol5")
}

/// The thrown error, so a test can compare it with the expected case.
func thrownError<T>(_ body: () throws -> T) -> Error? {
    do { _ = try body(); return nil } catch { return error }
}
