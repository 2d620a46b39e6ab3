extension ScreenFactory {
    /// Check-in screens `attune render` can print (built by `screen(forCommand:)`): the pulse form, an
    /// assessment (the CBI; without imported wording, the screen that explains how to import it), the history.
    static let checkInRenderNames = ["checkin", "assess", "scores-history"]
}
