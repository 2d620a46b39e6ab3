import XCTest
@testable import AttuneTUI

/// Compares a rendered buffer with the expected screen text. Trailing spaces on each line and trailing blank
/// lines are ignored on both sides; on a mismatch both screens are printed with line numbers.
func assertRenders(_ buffer: Buffer, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    func normalise(_ s: String) -> [String] {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map { row -> String in
            var r = String(row)
            while r.hasSuffix(" ") { r.removeLast() }
            return r
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }
    let actual = normalise(buffer.text)
    let wanted = normalise(expected)
    guard actual != wanted else { return }
    func numbered(_ lines: [String]) -> String {
        lines.enumerated().map { String(format: "%3d|", $0.offset + 1) + $0.element + "|" }.joined(separator: "\n")
    }
    let firstDifference = (0..<min(actual.count, wanted.count)).first { actual[$0] != wanted[$0] } ?? min(actual.count, wanted.count)
    XCTFail("""
        Rendered screen differs from the expected one (first difference on line \(firstDifference + 1)).
        --- expected
        \(numbered(wanted))
        --- actual
        \(numbered(actual))
        """, file: file, line: line)
}

/// Renders a widget into a fresh buffer of the given size.
func rendered(width: Int, height: Int, focused: Bool = true, theme: Theme = .mono,
              _ draw: (inout Buffer, Rect, Bool, Theme) -> Void) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    draw(&buffer, buffer.area, focused, theme)
    return buffer
}

extension TextField {
    mutating func type(_ s: String) { for ch in s { _ = handle(.char(ch)) } }
    mutating func press(_ keys: Key...) { for k in keys { _ = handle(k) } }
}

extension TextArea {
    mutating func type(_ s: String) { for ch in s { _ = handle(ch == "\n" ? .enter : .char(ch)) } }
    mutating func press(_ keys: Key...) { for k in keys { _ = handle(k) } }
}
