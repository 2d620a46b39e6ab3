import Foundation

/// Makes synthetic, realistic workbooks for trying Attune and for benchmarks (`attune demo --entries N --seed S`).
/// Everything is invented: case codes, dates and text come from DemoPhrases and a seeded generator.
public struct DemoGenerator {
    public var seed: UInt64
    public var author: String
    public var now: Date
    /// Scores a pulse check-in's answers (0…4 per item id) per dimension; supplied by the caller (the instrument layer).
    public var scorePulse: ([String: Int]) -> [String: Double]
    public var pulseItemIDs: [String]
    public var checklist: ChecklistDefinition?
    /// Scoring keys for synthetic assessments (answers only: no item wording is needed or shipped).
    public var instruments: [InstrumentKey] = []

    public init(seed: UInt64, author: String, now: Date, checklist: ChecklistDefinition?,
                pulseItemIDs: [String] = [], scorePulse: @escaping ([String: Int]) -> [String: Double] = { _ in [:] }) {
        self.seed = seed; self.author = author; self.now = now; self.checklist = checklist
        self.pulseItemIDs = pulseItemIDs; self.scorePulse = scorePulse
    }

    /// `count` entries spread back in time from `now` (about one a day, more when count is large), oldest first.
    public func entries(count: Int) -> [Entry] {
        var rng = SeededRandom(seed: seed)
        let span = max(Double(count), 30) * 86_400 * (count > 400 ? 0.25 : 1.0)
        var result: [Entry] = []
        result.reserveCapacity(count)
        var usedIDs = Set<String>()
        for i in 0..<count {
            let age = span * Double(count - i) / Double(max(count, 1))
            let created = now.addingTimeInterval(-age - Double(rng.next() % 3_600))
            let kind = pickKind(&rng)
            var id = EntryID.make(kind: kind, at: created, random: UInt16(truncatingIfNeeded: rng.next()))
            while !usedIDs.insert(id.rawValue).inserted {
                id = EntryID.make(kind: kind, at: created, random: UInt16(truncatingIfNeeded: rng.next()))
            }
            var e = Entry(id: id, kind: kind, created: created, updated: created, author: author,
                          shared: rng.next() % 3 != 0, tags: [])
            fill(&e, &rng)
            result.append(e)
        }
        return result
    }

    private func pickKind(_ rng: inout SeededRandom) -> EntryKind {
        switch rng.next() % 20 {
        case 0...7: return .note
        case 8...11: return .checklist
        case 12...14: return .checkin
        case 15: return instruments.isEmpty ? .checkin : .assessment
        case 16...17: return .reflection
        default: return .session
        }
    }

    private func pick<T>(_ list: [T], _ rng: inout SeededRandom) -> T { list[Int(rng.next() % UInt64(list.count))] }

    private func fill(_ e: inout Entry, _ rng: inout SeededRandom) {
        switch e.kind {
        case .note:
            var n = CountertransferenceNote()
            n.client = pick(DemoPhrases.clientCodes, &rng)
            n.sessionDate = Timestamp.formatDay(e.created)
            n.sessionNumber = Int(rng.next() % 30) + 1
            n.triggerCategories = [pick(NoteVocabulary.triggers, &rng).id]
            n.triggerText = pick(DemoPhrases.triggerTexts, &rng)
            let families = NoteVocabulary.reactionFamilies.filter { $0.id != "sexualized" }
            var chosen = Set<String>()
            for _ in 0..<(1 + Int(rng.next() % 2)) { chosen.insert(pick(families, &rng).id) }
            n.reactions = chosen.sorted().map { .init(family: $0, intensity: Int(rng.next() % 5) + 1) }
            n.direction = pick(NoteVocabulary.directions, &rng).id
            n.manifestationCategories = [pick(NoteVocabulary.manifestations, &rng).id]
            n.manifestationText = pick(DemoPhrases.manifestationTexts, &rng)
            n.originCategories = [pick(NoteVocabulary.origins, &rng).id]
            n.originText = pick(DemoPhrases.originTexts, &rng)
            n.effectText = pick(DemoPhrases.effectTexts, &rng)
            n.effectRating = Int(rng.next() % 5) - 2
            n.managementFactors = [pick(NoteVocabulary.managementFactors, &rng).id]
            n.managementText = pick(DemoPhrases.managementTexts, &rng)
            n.forSupervision = pick(DemoPhrases.supervisionTexts, &rng)
            n.apply(to: &e)
            e.tags = [pick(DemoPhrases.tags, &rng)]
        case .checklist:
            var c = BarrierChecklist(period: rng.next() % 3 == 0 ? "week" : "session")
            if c.period == "session" { c.client = pick(DemoPhrases.clientCodes, &rng) }
            for item in checklist?.items ?? [] {
                let present = rng.next() % 11 == 0
                c.answers.append(.init(id: item.id, present: present, severity: present ? Int(rng.next() % 3) + 1 : nil))
            }
            if let def = checklist { e.fields = c.fields(definition: def) }
        case .checkin:
            var answers: [String: Int] = [:]
            let base = Int(rng.next() % 3)
            for id in pulseItemIDs { answers[id] = min(4, base + Int(rng.next() % 3)) }
            var f = Fields()
            f["answers"] = .map(Fields(pulseItemIDs.compactMap { id in answers[id].map { (id, Value.int($0)) } }))
            let scores = scorePulse(answers)
            // Scores in the pulse's dimension order, as a real check-in writes them.
            let order = PulseCheckIn.schemaDimensionIDs.filter { scores[$0] != nil }
                + scores.keys.sorted().filter { !PulseCheckIn.schemaDimensionIDs.contains($0) }
            f["scores"] = .map(Fields(order.map { ($0, Value.double(scores[$0]!)) }))
            e.fields = f
        case .reflection:
            e.fields["summary"] = .string(pick(DemoPhrases.reflectionTitles, &rng))
            e.body = pick(DemoPhrases.reflectionBodies, &rng)
        case .session:
            e.fields["date"] = .string(Timestamp.formatDay(e.created))
            e.fields["minutes"] = .int([45, 50, 60, 90][Int(rng.next() % 4)])
            e.fields["format"] = .string(rng.next() % 4 == 0 ? "group" : "individual")
            e.fields["mode"] = .string(rng.next() % 3 == 0 ? "remote" : "in_person")
            e.fields["summary"] = .string("Supervision session")
        case .assessment:
            let key = pick(instruments, &rng)
            // Mostly complete forms, now and then an item left blank, as on paper.
            let answers: [Int?] = (0..<key.itemCount).map { _ in
                rng.next() % 25 == 0 ? nil : key.allowedValues[Int(rng.next() % UInt64(key.allowedValues.count))]
            }
            e.fields = key.assessmentFields(answers: answers)
        }
    }
}
