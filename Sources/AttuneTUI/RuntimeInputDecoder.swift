/// One unit of terminal input as a backend reads it: a Unicode scalar, a key the terminal library already
/// decoded (ncurses' `KEY_UP`…), a resize, or a key code nobody binds.
public enum RawInput: Hashable, Sendable {
    case scalar(UInt32)
    case key(Key)
    case resize
    case unboundKey
}

/// What the decoder makes of raw input: an event, or a resize the backend turns into `.resize(size)`.
public enum DecodedInput: Hashable, Sendable {
    case event(Event)
    case resize
}

/// Turns raw terminal input into Attune events. Knows no curses, so it is tested with scripted input.
///
/// Besides the keys the terminal library decodes itself, it decodes the escape sequences terminfo may not know
/// (tmux sends `ESC [1~` for Home), tells a lone Esc from Alt-key combinations and unknown sequences (both
/// swallowed: no screen binds them), and keeps pasted text whole: a bracketed paste (`ESC [200~ … ESC [201~`)
/// or a burst of at least `pasteBurstThreshold` characters that arrived at once becomes one `.paste`.
public final class InputDecoder {
    /// Reads one unit, waiting at most the given milliseconds (0: only what is already there).
    public typealias Reader = (_ timeoutMilliseconds: Int32) -> RawInput?
    /// Reads whatever bytes are available, straight from the terminal, waiting at most the given milliseconds;
    /// nil on timeout. Used inside pastes: a byte at a time through curses costs a context switch per byte.
    public typealias BulkReader = (_ timeoutMilliseconds: Int32) -> [UInt8]?

    public let pasteBurstThreshold: Int
    /// How long the rest of an escape sequence may take to arrive.
    public var sequenceTimeoutMilliseconds: Int32 = 10
    /// Silence that ends a bracketed paste whose end marker never came (a dead terminal).
    public var pasteSilenceMilliseconds: Int32 = 1000
    /// A burst following a paste this soon is more of the same paste.
    public var pasteContinuationMilliseconds = 50

    private let read: Reader
    private let readBulk: BulkReader?
    private var pushedBack: [RawInput] = []
    private var queued: [DecodedInput] = []
    private var lastPasteEnded: ContinuousClock.Instant?

    /// - Parameter readBulk: optional fast path for pastes; only safe when the unit reader keeps no look-ahead
    ///   of its own once a paste has begun (ncurses reads ahead only while matching an escape sequence).
    public init(pasteBurstThreshold: Int = 16, read: @escaping Reader, readBulk: BulkReader? = nil) {
        self.pasteBurstThreshold = max(2, pasteBurstThreshold)
        self.read = read
        self.readBulk = readBulk
    }

    /// The next input, waiting at most `timeoutMilliseconds` for it to begin (negative: wait forever).
    /// nil when nothing arrived, or when what arrived means nothing (an Alt combination, an unknown sequence).
    public func next(timeoutMilliseconds: Int32) -> DecodedInput? {
        lastCallReadInput = false
        if !queued.isEmpty { lastCallReadInput = true; return queued.removeFirst() }
        guard let first = take(timeoutMilliseconds) else { return nil }
        switch first {
        case .key(let key): return .event(.key(key))
        case .resize: return .resize
        case .unboundKey: return nil
        case .scalar(let value):
            switch value {
            case 27: return decodeEscape()
            case 10, 13: return .event(.key(.enter))
            case 9: return .event(.key(.tab))
            case 8, 127: return .event(.key(.backspace))
            case 1...26: return .event(.key(.ctrl(Character(Unicode.Scalar(value + 96)!))))
            case 0..<32, 0x80..<0xA0: return nil
            default: return decodeText(startingWith: value)
            }
        }
    }

    /// Whether the last `next` call consumed any input (false: it timed out or was interrupted).
    public private(set) var lastCallReadInput = false

    private func take(_ timeout: Int32) -> RawInput? {
        let unit = pushedBack.isEmpty ? read(timeout) : pushedBack.removeFirst()
        if unit != nil { lastCallReadInput = true }
        return unit
    }

    private func pushBack(_ unit: RawInput) { pushedBack.insert(unit, at: 0) }

    // MARK: Escape sequences

    private func decodeEscape() -> DecodedInput? {
        guard let second = take(sequenceTimeoutMilliseconds) else { return .event(.key(.escape)) }
        switch second {
        case .scalar(91): return decodeControlSequence()  // ESC [
        case .scalar(79):  // ESC O: SS3, keypad and F1–F4 in application mode
            guard case .scalar(let final)? = take(sequenceTimeoutMilliseconds) else { return nil }
            return Self.keyForFinal(final, parameter: 1, allowFunctionKeys: true).map { .event(.key($0)) }
        case .scalar(27), .key, .resize, .unboundKey:
            // Esc followed by another key: both are real presses.
            pushBack(second)
            return .event(.key(.escape))
        case .scalar:
            return nil  // Alt + key: no screen binds Alt combinations
        }
    }

    /// CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E (ECMA-48 §5.4).
    private func decodeControlSequence() -> DecodedInput? {
        var body = ""
        while body.count < 32 {
            guard let unit = take(sequenceTimeoutMilliseconds) else { return nil }
            guard case .scalar(let v) = unit, v >= 0x20, v <= 0x7E else { pushBack(unit); return nil }
            if v >= 0x40 {
                let parameter = Int(body.split(separator: ";").first ?? "") ?? 1
                if v == 126 {  // "~"
                    if body == "200" { return readBracketedPaste() }
                    return Self.keyForTilde(parameter).map { .event(.key($0)) }
                }
                return Self.keyForFinal(v, parameter: parameter, allowFunctionKeys: true).map { .event(.key($0)) }
            }
            body.unicodeScalars.append(Unicode.Scalar(v)!)
        }
        return nil
    }

    /// Keys named by a final byte (`ESC [A`, `ESC OH`, modifiers ignored: Ctrl-Up acts as Up).
    static func keyForFinal(_ final: UInt32, parameter: Int, allowFunctionKeys: Bool) -> Key? {
        switch final {
        case 65: return .up
        case 66: return .down
        case 67: return .right
        case 68: return .left
        case 72: return .home
        case 70: return .end
        case 90: return .backTab
        case 77: return .enter  // keypad Enter in application mode
        case 80...83: return allowFunctionKeys ? .function(Int(final) - 79) : nil
        default: return nil
        }
    }

    /// Keys of the form `ESC [n~` (VT220 / xterm numbering).
    static func keyForTilde(_ n: Int) -> Key? {
        switch n {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(n - 10)
        case 17...21: return .function(n - 11)
        case 23, 24: return .function(n - 12)
        default: return nil
        }
    }

    // MARK: Text and pastes

    private func readBracketedPaste() -> DecodedInput {
        if let readBulk, pushedBack.isEmpty { return readBracketedPaste(bulk: readBulk) }
        let end: [UInt32] = [27, 91, 50, 48, 49, 126]  // ESC [ 2 0 1 ~
        var scalars: [UInt32] = []
        while true {
            guard let unit = take(0) ?? take(pasteSilenceMilliseconds) else { break }
            switch unit {
            case .scalar(let v):
                scalars.append(v)
                if v == 126, scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
                    scalars.removeLast(end.count)
                    return finishPaste(scalars)
                }
            case .resize: queued.append(.resize)
            case .key, .unboundKey: continue
            }
        }
        return finishPaste(scalars)
    }

    private func readBracketedPaste(bulk: BulkReader) -> DecodedInput {
        let end: [UInt8] = [27, 91, 50, 48, 49, 126]
        var bytes: [UInt8] = []
        while let chunk = bulk(0) ?? bulk(pasteSilenceMilliseconds) {
            let searchFrom = max(0, bytes.count - end.count + 1)
            bytes += chunk
            if let at = Self.find(end, in: bytes, from: searchFrom) {
                pushBackBytes(bytes[(at + end.count)...])
                bytes.removeSubrange(at...)
                break
            }
        }
        return finishPaste(String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value))
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for i in start...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }

    /// Input read past the end of a paste is decoded by the next calls, in order.
    private func pushBackBytes(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        pushedBack += String(decoding: bytes, as: UTF8.self).unicodeScalars.map { .scalar($0.value) }
    }

    /// Splits off an incomplete UTF-8 sequence at the end of a chunk (the rest comes with the next chunk).
    static func completeUTF8Prefix(_ bytes: [UInt8]) -> (complete: [UInt8], partial: [UInt8]) {
        var i = bytes.count - 1
        var back = 0
        while i >= 0, back < 4, bytes[i] & 0xC0 == 0x80 { i -= 1; back += 1 }
        guard i >= 0 else { return (bytes, []) }
        let lead = bytes[i]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        if bytes.count - i < length { return (Array(bytes[..<i]), Array(bytes[i...])) }
        return (bytes, [])
    }

    /// Continues a burst that already looks like a paste, reading in bulk until input pauses or something
    /// that is not text (a key sequence) arrives; that part is pushed back.
    private func continueBurst(_ scalars: inout [UInt32], bulk: BulkReader) {
        var partial: [UInt8] = []
        while let chunk = bulk(0) ?? bulk(5) {
            let split = Self.completeUTF8Prefix(partial + chunk)
            partial = split.partial
            let decoded = String(decoding: split.complete, as: UTF8.self).unicodeScalars.map(\.value)
            if let stop = decoded.firstIndex(where: { !Self.belongsToText($0) }) {
                scalars += decoded[..<stop]
                pushedBack += decoded[stop...].map { .scalar($0) }
                pushBackBytes(partial[...])
                return
            }
            scalars += decoded
        }
        pushBackBytes(partial[...])
    }

    private func decodeText(startingWith first: UInt32) -> DecodedInput? {
        var scalars: [UInt32] = [first]
        let continuing = lastPasteEnded.map { ContinuousClock.now - $0 < .milliseconds(pasteContinuationMilliseconds) } ?? false
        // Take what has already arrived; once it looks like a paste, tolerate the short gaps of a slow writer.
        while let unit = take(scalars.count >= pasteBurstThreshold || continuing ? 5 : 0) {
            guard case .scalar(let v) = unit, Self.belongsToText(v) else { pushBack(unit); break }
            scalars.append(v)
            if scalars.count >= pasteBurstThreshold, let readBulk, pushedBack.isEmpty {
                continueBurst(&scalars, bulk: readBulk)
                break
            }
        }
        if scalars.count >= pasteBurstThreshold || continuing {
            return finishPaste(scalars, burst: true)
        }
        // A short burst is typing (or keys sent together): one event per character, in order.
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        var events: [DecodedInput] = []
        for character in string {
            switch character {
            case "\r", "\n", "\r\n": events.append(.event(.key(.enter)))
            case "\t": events.append(.event(.key(.tab)))
            default: events.append(.event(.key(.char(character))))
            }
        }
        guard !events.isEmpty else { return nil }
        queued.append(contentsOf: events.dropFirst())
        return events[0]
    }

    static func belongsToText(_ v: UInt32) -> Bool { v == 9 || v == 10 || v == 13 || (v >= 32 && v != 127 && !(0x80..<0xA0).contains(v)) }

    /// Pasted text with line ends as "\n" and no control characters except tab and newline.
    /// `burst`: detected by speed, so more text right after it is probably the rest of it (a bracketed paste
    /// has an end marker and needs no such guess).
    private func finishPaste(_ scalars: [UInt32], burst: Bool = false) -> DecodedInput {
        lastPasteEnded = burst ? .now : nil
        var text = String.UnicodeScalarView()
        var previousWasReturn = false
        for v in scalars {
            defer { previousWasReturn = v == 13 }
            if v == 10 && previousWasReturn { continue }
            if v == 13 { text.append("\n"); continue }
            guard Self.belongsToText(v), let scalar = Unicode.Scalar(v) else { continue }
            text.append(scalar)
        }
        return .event(.paste(String(text)))
    }
}
