extension InstrumentKey {
    /// Scores answers given in published order, each the code the published form prints for the category
    /// ticked (CBI 100/75/50/25/0, ProQOL 1–5), before any reversal; nil = unanswered.
    /// Values the form does not allow are treated as unanswered and listed in `ignoredPositions`
    /// (use `parseAnswers` to reject them up front).
    public func score(answers: [Int?]) -> InstrumentResult {
        let allowed = Set(allowedValues)
        var valid: [Int: Int] = [:]
        var ignored: [Int] = []
        for (index, answer) in answers.enumerated() {
            guard let answer else { continue }
            let item = index + 1
            if item <= itemCount, allowed.contains(answer) { valid[item] = answer } else { ignored.append(item) }
        }

        let results = scales.map { scale -> InstrumentResult.ScaleResult in
            let values = scale.items.compactMap { item in
                valid[item].map { scale.reversed.contains(item) ? lowestValue + highestValue - $0 : $0 }
            }
            let enough = values.count >= scale.minAnswered
            var score: Double?
            if enough {
                let total = Double(values.reduce(0, +))
                score = aggregate == .mean ? total / Double(values.count) : total
            }
            let reason = enough ? nil
                : "Not scored: \(values.count) of \(scale.items.count) items answered; this scale needs at least "
                    + "\(scale.minAnswered)."
            return InstrumentResult.ScaleResult(
                id: scale.id, title: scale.title, score: score, notScoredReason: reason,
                band: score.flatMap { band(for: $0) }, answered: values.count, itemCount: scale.items.count,
                required: scale.minAnswered)
        }
        return InstrumentResult(instrumentID: id, scales: results, referenceLine: referenceLine,
                                answeredCount: valid.count, itemCount: itemCount, ignoredPositions: ignored)
    }
}
