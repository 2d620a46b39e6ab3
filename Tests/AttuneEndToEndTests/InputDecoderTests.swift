// Needs AttuneTUI in this test target's dependencies (see RuntimeTests.swift for the line).
#if canImport(AttuneTUI)
import AttuneTUI
import XCTest

/// Scripted terminal input: units for the curses-style reader, chunks for the bulk reader.
private final class ScriptedInput {
    var units: [RawInput]
    var chunks: [[UInt8]]
    init(_ units: [RawInput] = [], chunks: [[UInt8]] = []) { self.units = units; self.chunks = chunks }

    static func scalars(_ text: String) -> [RawInput] { text.unicodeScalars.map { .scalar($0.value) } }

    func decoder(threshold: Int = 16, bulk: Bool = false) -> InputDecoder {
        InputDecoder(pasteBurstThreshold: threshold, read: { _ in
            self.units.isEmpty ? nil : self.units.removeFirst()
        }, readBulk: bulk ? { _ in self.chunks.isEmpty ? nil : self.chunks.removeFirst() } : nil)
    }
}

final class InputDecoderTests: XCTestCase {
    private func decodeAll(_ decoder: InputDecoder, limit: Int = 50) -> [DecodedInput] {
        var out: [DecodedInput] = []
        for _ in 0..<limit {
            if let d = decoder.next(timeoutMilliseconds: 0) { out.append(d) } else if !decoder.lastCallReadInput { break }
        }
        return out
    }

    private func keys(_ inputs: [DecodedInput]) -> [Key] {
        inputs.compactMap { if case .event(.key(let k)) = $0 { return k }; return nil }
    }

    func testControlBytesBecomeNamedKeysOrControlLetters() {
        let input = ScriptedInput([.scalar(19), .scalar(17), .scalar(3), .scalar(26), .scalar(9), .scalar(13),
                                   .scalar(10), .scalar(127), .scalar(8), .scalar(0), .scalar(28)])
        XCTAssertEqual(keys(decodeAll(input.decoder())),
                       [.ctrl("s"), .ctrl("q"), .ctrl("c"), .ctrl("z"), .tab, .enter, .enter, .backspace, .backspace])
    }

    func testLoneEscapeIsEscapeButAltCombinationsAreSwallowed() {
        let input = ScriptedInput([.scalar(27)])
        XCTAssertEqual(keys(decodeAll(input.decoder())), [.escape])
        let alt = ScriptedInput(ScriptedInput.scalars("\u{1B}x") + ScriptedInput.scalars("y"))
        XCTAssertEqual(keys(decodeAll(alt.decoder())), [.char("y")])
        let twice = ScriptedInput([.scalar(27), .scalar(27)])
        XCTAssertEqual(keys(decodeAll(twice.decoder())), [.escape, .escape])
        let thenArrow = ScriptedInput([.scalar(27), .key(.up)])
        XCTAssertEqual(keys(decodeAll(thenArrow.decoder())), [.escape, .up])
    }

    func testEscapeSequencesTerminfoMayNotKnow() {
        let sequences: [(String, Key)] = [
            ("\u{1B}[A", .up), ("\u{1B}[1;5B", .down), ("\u{1B}OC", .right), ("\u{1B}[D", .left),
            ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}OH", .home), ("\u{1B}[F", .end),
            ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete), ("\u{1B}[2~", .insert),
            ("\u{1B}[Z", .backTab), ("\u{1B}OP", .function(1)), ("\u{1B}[15~", .function(5)),
            ("\u{1B}[24~", .function(12)),
        ]
        for (sequence, key) in sequences {
            let input = ScriptedInput(ScriptedInput.scalars(sequence))
            XCTAssertEqual(keys(decodeAll(input.decoder())), [key], "sequence \(sequence.debugDescription)")
        }
        let unknown = ScriptedInput(ScriptedInput.scalars("\u{1B}[?1;2cz"))
        XCTAssertEqual(keys(decodeAll(unknown.decoder())), [.char("z")], "an unknown sequence leaves no stray keys")
    }

    func testShortBurstIsTypingOneEventPerCharacter() {
        let input = ScriptedInput(ScriptedInput.scalars("qé日👍e\u{301}\r"))
        XCTAssertEqual(keys(decodeAll(input.decoder())), [.char("q"), .char("é"), .char("日"), .char("👍"), .char("e\u{301}"), .enter])
    }

    func testLongBurstIsOnePasteWithNewlines() {
        let text = "first line of a pasted note\r\nsecond line\rthird\tend"
        let decoded = decodeAll(ScriptedInput(ScriptedInput.scalars(text)).decoder())
        XCTAssertEqual(decoded, [.event(.paste("first line of a pasted note\nsecond line\nthird\tend"))])
    }

    func testBracketedPasteKeepsTextWholeAndDecodesWhatFollows() {
        let units = ScriptedInput.scalars("\u{1B}[200~q\r:wq\u{1B}[Ax\u{7}\u{1B}[201~") + [.key(.down)]
        let decoded = decodeAll(ScriptedInput(units).decoder())
        XCTAssertEqual(decoded, [.event(.paste("q\n:wq[Ax")), .event(.key(.down))])
    }

    func testBracketedPasteThroughBulkReadsSplitsUTF8AndTheEndMarkerAcrossChunks() {
        let body = Array("Zeile é 日本 👍\r\n".utf8)
        let end = Array("\u{1B}[201~".utf8)
        let all = body + end + Array("k".utf8)
        let chunks = [Array(all[0..<9]), Array(all[9..<(body.count + 3)]), Array(all[(body.count + 3)...])]
        let input = ScriptedInput(ScriptedInput.scalars("\u{1B}[200~"), chunks: chunks)
        XCTAssertEqual(decodeAll(input.decoder(bulk: true)), [.event(.paste("Zeile é 日本 👍\n")), .event(.key(.char("k")))])
    }

    func testUnbracketedMegabyteBurstArrivesAsTextNotCommands() {
        // Starts with 16 ASCII bytes: the curses reader sees those, then the decoder switches to bulk reads.
        let line = Array("qqqq dddd :wq ok é 日本\r".utf8)
        var megabyte: [UInt8] = []
        while megabyte.count < 1_048_576 { megabyte += line }
        let first = megabyte[0..<16].map { RawInput.scalar(UInt32($0)) }
        var chunks: [[UInt8]] = []
        var at = 16
        while at < megabyte.count { chunks.append(Array(megabyte[at..<min(at + 4093, megabyte.count)])); at += 4093 }
        chunks.append(Array("\u{1B}[D".utf8))  // Left, typed after the paste
        let input = ScriptedInput(first, chunks: chunks)
        let started = ContinuousClock.now
        let decoded = decodeAll(input.decoder(bulk: true))
        let elapsed = ContinuousClock.now - started
        guard case .event(.paste(let text))? = decoded.first else { return XCTFail("expected a paste, got \(decoded.prefix(3))") }
        XCTAssertEqual(decoded.count, 2, "one paste, then the arrow typed after it")
        XCTAssertEqual(text.utf8.count, megabyte.count)
        XCTAssertFalse(text.contains("\r"))
        XCTAssertEqual(decoded.last, .event(.key(.left)))
        XCTAssertLessThan(elapsed, .seconds(5))
    }

    func testResizeAndUnboundKeys() {
        let input = ScriptedInput([.unboundKey, .resize, .key(.function(3))])
        XCTAssertEqual(decodeAll(input.decoder()), [.resize, .event(.key(.function(3)))])
    }
}
#endif
