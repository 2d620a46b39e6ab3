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
            return .instrument(key, wording: [])
        default:
            return nil
        }
    }
}
