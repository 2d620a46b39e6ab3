/// A request to edit text in the user's $EDITOR; the result comes back as `Event.edited(id:text:)`.
public struct EditRequest: Hashable, Sendable {
    public var id: String
    public var text: String
    /// File name suffix so the editor picks a mode, e.g. ".md".
    public var fileSuffix: String
    public init(id: String, text: String, fileSuffix: String = ".md") {
        self.id = id; self.text = text; self.fileSuffix = fileSuffix
    }
}

/// What `update` asks the runtime to do besides redrawing.
public enum Effect: Hashable, Sendable {
    case quit
    /// Repaint everything (Ctrl-L).
    case redrawAll
    /// Suspend the terminal, run $EDITOR on a private temp file, resume, deliver `.edited`.
    case edit(EditRequest)
    /// Stop the process as Ctrl-Z does in a shell; the terminal is restored first and retaken on `fg`.
    case suspendProcess
}

/// An Elm-style program: a value that changes only in `update` and draws itself in `view`.
public protocol Program {
    /// The smallest size the screens can lay out in; below it the runtime shows "enlarge the window".
    var minimumSize: Size { get }
    mutating func update(_ event: Event) -> [Effect]
    func view(into buffer: inout Buffer)
    /// Called on every exit path the runtime can see (quit, signal, error) so nothing typed is lost.
    mutating func saveDrafts()
    /// True while the program has work to finish after drawing (e.g. loading the rest of a large workbook
    /// behind a first frame): the runtime then sends `.tick` at once instead of waiting for input.
    var hasPendingWork: Bool { get }
}

extension Program {
    public var minimumSize: Size { Size(width: 40, height: 12) }
    public mutating func saveDrafts() {}
    public var hasPendingWork: Bool { false }
    /// Renders the program at a given size, as the runtime would draw it (tests and `attune render`): below
    /// `minimumSize` that is the "enlarge the window" notice.
    public func render(size: Size) -> Buffer {
        var b = Buffer(size: size)
        if size.width < minimumSize.width || size.height < minimumSize.height {
            TooSmallNotice(needed: minimumSize, actual: size).draw(into: &b)
        } else {
            view(into: &b)
        }
        return b
    }
}
