import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

/// Drives an app whose root is a form, key by key, as the runtime would.
struct FormDriver {
    var app: AttuneApp
    var effects: [Effect] = []

    init(ctx: AppContext, root: any ScreenModel) { app = AttuneApp(ctx: ctx, root: root) }

    mutating func press(_ keys: Key...) { for k in keys { effects += app.update(.key(k)) } }
    mutating func press(_ keys: [Key]) { for k in keys { effects += app.update(.key(k)) } }
    /// Types text one character at a time, as a person would.
    mutating func type(_ text: String) { for c in text { effects += app.update(.key(.char(c))) } }
    mutating func tab(_ n: Int = 1) { for _ in 0..<n { press(.tab) } }

    var note: NoteFormScreen? { app.top as? NoteFormScreen }
    var checklist: ChecklistScreen? { app.top as? ChecklistScreen }

    func screen(_ w: Int, _ h: Int) -> String { app.render(size: Size(width: w, height: h)).text }
}

/// A check that flags every occurrence of a word, so the review step can be exercised without the real guard.
func flagging(_ word: String, reason: String = "looks like a name", placeholder: String = "[name]") -> IdentifierCheck {
    IdentifierCheck { client, texts, _, kept in
        var out: [IdentifierFinding] = []
        for t in [client] + texts {
            var start = t.text.startIndex
            while let r = t.text.range(of: word, range: start..<t.text.endIndex) {
                let lo = t.text.utf8.distance(from: t.text.startIndex, to: r.lowerBound)
                let hi = t.text.utf8.distance(from: t.text.startIndex, to: r.upperBound)
                let f = IdentifierFinding(field: t.field, text: word, utf8Range: lo..<hi, reason: reason,
                                          placeholder: placeholder, fingerprint: "name:" + word.lowercased())
                if !kept.contains(f.fingerprint) { out.append(f) }
                start = r.upperBound
            }
        }
        return out
    }
}

/// A bare home screen for tests: `n` pushes a fresh form made by `make` (so drafts are offered again), the way
/// the dashboard does, but with the identifier check the test chooses.
struct TestHome: ScreenModel {
    let make: (AppContext) -> any ScreenModel
    var title: String { "Home" }
    var hints: [KeyHint] { [] }
    var help: [HelpRow] { [] }
    mutating func update(_ event: Event, ctx: AppContext) -> Outcome {
        if case .key(.char("n")) = event { return .go(.push(make(ctx))) }
        return .unhandled
    }
    func view(into buffer: inout Buffer, area: Rect, ctx: AppContext) {}
}
