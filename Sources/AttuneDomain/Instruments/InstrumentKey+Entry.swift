/// The front matter of a `kind: assessment` entry (docs/SCHEMA.md), made from answers in published order as the
/// form codes them (nil = unanswered). One place, so a screen run, a paper form and the demo write the same.
extension InstrumentKey {
    public func assessmentFields(answers: [Int?]) -> Fields {
        let result = score(answers: answers)
        var f: Fields = ["instrument": .string(id), "answers": .list(answers.map { $0.map(Value.int) ?? .null })]
        f["scores"] = .map(result.scoreFields)
        if !bands.isEmpty { f["bands"] = .map(result.bandFields) }
        return f
    }
}
