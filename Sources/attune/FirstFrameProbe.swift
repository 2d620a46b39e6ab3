import AttuneTUI
import Foundation

/// For the start-up benchmark (ATTUNE_BENCH_FIRST_FRAME=1): passes everything to the real terminal, and once the
/// first frame has been drawn asks the program to quit, so timing the whole process bounds time-to-first-frame.
final class FirstFrameProbe: TerminalBackend {
    let inner: TerminalBackend
    private var drawn = false

    init(_ inner: TerminalBackend) { self.inner = inner }

    var size: Size { inner.size }
    func present(_ buffer: Buffer) {
        inner.present(buffer)
        drawn = true
    }
    func nextEvent(timeoutMilliseconds: Int) -> Event? {
        drawn ? .key(.ctrl("q")) : inner.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
    }
    func suspend() { inner.suspend() }
    func resume() { inner.resume() }
    func invalidate() { inner.invalidate() }
    func shutdown() { inner.shutdown() }
}
