/// What the runtime needs from a terminal. The ncurses backend lives in AttuneTerminal;
/// tests use `MemoryBackend`.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Draws the buffer (backends diff against what they drew last) and places the cursor.
    func present(_ buffer: Buffer)
    /// Next input event, waiting at most `timeoutMilliseconds` (negative: wait forever). nil on timeout.
    func nextEvent(timeoutMilliseconds: Int) -> Event?
    /// Gives the terminal back (for $EDITOR or Ctrl-Z), then takes it again.
    func suspend()
    func resume()
    /// Forces a full repaint on the next present (Ctrl-L).
    func invalidate()
    /// Restores the terminal for good.
    func shutdown()
}

/// An in-memory terminal for tests: events are queued, frames are kept.
public final class MemoryBackend: TerminalBackend {
    public private(set) var size: Size
    public private(set) var frames: [Buffer] = []
    public var events: [Event]
    public private(set) var suspendCount = 0
    public private(set) var isShutDown = false

    public init(size: Size, events: [Event] = []) {
        self.size = size
        self.events = events
    }

    public var lastFrame: Buffer? { frames.last }

    public func present(_ buffer: Buffer) { frames.append(buffer) }
    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        guard !events.isEmpty else { return nil }
        let e = events.removeFirst()
        if case .resize(let s) = e { size = s }
        return e
    }
    public func suspend() { suspendCount += 1 }
    public func resume() {}
    public func invalidate() {}
    public func shutdown() { isShutDown = true }
}
