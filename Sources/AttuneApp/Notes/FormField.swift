import AttuneTUI

/// One input of a form: a label, whether it is required, and the widget that edits it.
struct FormField: Hashable, Sendable {
    enum Editor: Hashable, Sendable {
        /// One line of text; Enter moves on.
        case line(TextField)
        /// Longer text, wrapped; Enter is a new line and ^E opens it in $EDITOR.
        case text(TextArea)
        case chips(ChipSelect)
        case reactions(ReactionGrid)
        /// A yes/no box drawn with the label beside it; Space flips it.
        case toggle(Bool)
    }

    /// What a key did inside a field, as far as the form is concerned.
    enum Outcome: Hashable { case changed, consumed, next, previous, ignored }

    let id: String
    let label: String
    let required: Bool
    var editor: Editor
    /// Only digits may be typed (the session number).
    var digitsOnly = false

    init(_ id: String, _ label: String, required: Bool = false, _ editor: Editor, digitsOnly: Bool = false) {
        self.id = id; self.label = label; self.required = required; self.editor = editor; self.digitsOnly = digitsOnly
    }

    var capturesText: Bool {
        switch editor {
        case .line, .text: return true
        default: return false
        }
    }

    var isLongText: Bool { if case .text = editor { return true }; return false }

    var text: String {
        switch editor {
        case .line(let f): return f.text
        case .text(let a): return a.text
        default: return ""
        }
    }

    mutating func setText(_ s: String) {
        switch editor {
        case .line(var f): f.setText(s); editor = .line(f)
        case .text(var a): a.setText(s); a.moveToEnd(); editor = .text(a)
        default: break
        }
    }

    /// The keys the focused field answers, for the hint line and the form's footer.
    var keyHelp: String {
        switch editor {
        case .line: return "type · Enter next"
        case .text: return "type · Enter new line · ^E $EDITOR"
        case .chips(let c): return c.single ? "1–\(min(9, c.options.count)) or Space pick · ←→ move"
            : "1–\(min(9, c.options.count)) or Space tick · ←→ move"
        case .reactions: return "1–5 intensity · Space mark · 0 clear · arrows move"
        case .toggle: return "Space switch"
        }
    }

    /// Handles a key; `width` is the editor's width (the reaction grid needs it to know its columns).
    mutating func handle(_ key: Key, width: Int) -> Outcome {
        switch editor {
        case .line(var f):
            switch key {
            case .enter, .down: return .next
            case .up: return .previous
            case .char(let c) where digitsOnly && !(c.isASCII && c.isNumber): return .consumed
            default: break
            }
            let r = f.handle(key)
            editor = .line(f)
            return r == .changed ? .changed : r == .ignored ? .ignored : .consumed
        case .text(var a):
            let before = a.cursor
            let r = a.handle(key)
            editor = .text(a)
            // Up on the first row and Down on the last leave the cursor where it was: move to the next field then.
            if key == .up || key == .down, a.cursor == before { return key == .up ? .previous : .next }
            return r == .changed ? .changed : r == .ignored ? .ignored : .consumed
        case .chips(var c):
            switch key {
            case .up, .char("k"): return .previous
            case .down, .char("j"), .enter: return .next
            default: break
            }
            let r = c.handle(key)
            editor = .chips(c)
            return r == .changed ? .changed : r == .moved ? .consumed : .ignored
        case .reactions(var g):
            if key == .enter { return .next }
            let r = g.handle(key, width: width)
            editor = .reactions(g)
            switch r {
            case .changed: return .changed
            case .moved: return .consumed
            case .ignored: return key == .up || key == .char("k") ? .previous
                : key == .down || key == .char("j") ? .next : .ignored
            }
        case .toggle(let on):
            switch key {
            case .char(" "), .char("x"): editor = .toggle(!on); return .changed
            case .char("y"): editor = .toggle(true); return .changed
            case .char("n"): editor = .toggle(false); return .changed
            case .up, .char("k"): return .previous
            case .down, .char("j"), .enter: return .next
            default: return .ignored
            }
        }
    }

    /// Inserts pasted text into a text field; other fields ignore a paste.
    mutating func paste(_ s: String) -> Outcome {
        switch editor {
        case .line(var f):
            let clean = digitsOnly ? String(s.filter { $0.isASCII && $0.isNumber }) : s
            let r = f.insert(clean); editor = .line(f); return r == .changed ? .changed : .consumed
        case .text(var a):
            let r = a.insert(s); editor = .text(a); return r == .changed ? .changed : .consumed
        default: return .ignored
        }
    }
}
