import AttuneDomain

extension Questionnaire {
    /// The questionnaire a saved check-in or assessment was answered on, for showing its result page;
    /// item wording is not needed for scores, so an assessment works even without an import.
    public static func of(_ entry: Entry) -> Questionnaire? {
        switch entry.kind {
        case .checkin:
            return (try? PulseCheckIn.bundled()).map(Questionnaire.pulse)
        case .assessment:
            guard let id = entry.fields["instrument"]?.string, let key = try? InstrumentKey.bundled(id) else { return nil }
            // The result page counts items but never shows their wording, so numbered stand-ins do.
            return .instrument(key, wording: (1...max(1, key.itemCount)).map { "Item \($0)" })
        default:
            return nil
        }
    }
}
