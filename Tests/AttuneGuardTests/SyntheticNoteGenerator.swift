import AttuneGuard

/// An identifier planted in a synthetic note, with where it landed.
struct PlantedIdentifier {
    let kind: GuardKind
    let text: String
    let utf8Range: Range<Int>
}

/// A synthetic countertransference note and its ground truth.
struct SyntheticNote {
    let text: String
    let planted: [PlantedIdentifier]
    let clientCode: String
    let sessionDate: CalendarDay
}

/// Deterministic (seeded) generator of synthetic notes: clean ones full of clinical language, and ones with
/// identifiers of every kind planted at known places.
struct SyntheticNoteGenerator {
    private var rng: SeededRandom

    /// When set, a share of sentences comes from `HeldOutLanguage` (untuned wording).
    let heldOutShare: Double

    init(seed: UInt64, heldOutShare: Double = 0) {
        rng = SeededRandom(seed: seed)
        self.heldOutShare = heldOutShare
    }

    /// A note of 2–4 sections with 3–6 sentences each, mentioning the session date and the client code.
    mutating func cleanNote() -> SyntheticNote {
        var builder = NoteBuilder()
        let code = rng.pick(CleanLanguage.codes)
        let session = CalendarDay(year: rng.int(2024...2026), month: rng.int(1...12), day: rng.int(1...28))!
        builder.append("Session \(rng.int(1...30)) with \(code), \(session).\n")
        for _ in 0..<rng.int(2...4) {
            builder.append("\n" + rng.pick(CleanLanguage.headings) + "\n")
            for k in 0..<rng.int(3...6) {
                let template = rng.chance(heldOutShare) ? rng.pick(HeldOutLanguage.sentences)
                    : rng.chance(0.25) ? rng.pick(CleanLanguage.hardSentences) : rng.pick(CleanLanguage.sentences)
                var s = CleanLanguage.fill(template, code: code, rng: &rng)
                s = s.prefix(1).uppercased() + s.dropFirst()
                builder.append((k == 0 ? "" : rng.chance(0.2) ? "\n- " : " ") + s)
            }
            builder.append("\n")
        }
        return SyntheticNote(text: builder.text, planted: [], clientCode: code, sessionDate: session)
    }

    /// A clean note with `count` identifier sentences inserted at random places; `kinds` cycles so every kind
    /// is planted equally often across a run.
    mutating func plantedNote(kinds: [GuardKind]) -> SyntheticNote {
        let base = cleanNote()
        var lines = base.text.components(separatedBy: "\n")
        var builder = NoteBuilder()
        var inserts: [Int: [[Piece]]] = [:]
        for kind in kinds {
            let at = rng.int(1...(lines.count - 1))
            inserts[at, default: []].append(PlantedIdentifiers.sentence(for: kind, sessionDate: base.sessionDate, rng: &rng))
        }
        for (index, line) in lines.enumerated() {
            builder.append(line)
            for pieces in inserts[index] ?? [] {
                builder.append(line.isEmpty || line.hasPrefix("#") ? "\n" : " ")
                for piece in pieces { builder.add(piece) }
            }
            if index < lines.count - 1 { builder.append("\n") }
        }
        lines.removeAll()
        return SyntheticNote(text: builder.text, planted: builder.planted, clientCode: base.clientCode,
                             sessionDate: base.sessionDate)
    }
}

/// Accumulates text and records the byte range of every planted identifier.
struct NoteBuilder {
    private(set) var text = ""
    private(set) var planted: [PlantedIdentifier] = []

    mutating func append(_ s: String) { text += s }

    mutating func add(_ piece: Piece) {
        switch piece {
        case .text(let s): text += s
        case .id(let kind, let s):
            let start = text.utf8.count
            text += s
            planted.append(PlantedIdentifier(kind: kind, text: s, utf8Range: start..<text.utf8.count))
        }
    }
}
