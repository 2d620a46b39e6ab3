import AttuneDomain

/// Identifier-guard findings the writer chose to keep for an entry (a false alarm, a cited author), stored in
/// the entry's `guard_kept` list of fingerprints so the same finding is not raised again when it is edited.
enum GuardAllowances {
    static let key = "guard_kept"

    static func read(_ entry: Entry) -> Set<String> { Set(entry.fields[key]?.stringList ?? []) }

    static func write(_ kept: Set<String>, to entry: inout Entry) {
        entry.fields[key] = kept.isEmpty ? nil : .list(kept.sorted().map(Value.string))
    }
}
