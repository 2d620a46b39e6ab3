import AttuneTUI
import Foundation

/// For the start-up benchmark: passes everything to the real terminal and asks the program to quit at a chosen
/// moment, so timing the whole process bounds the time to that moment.
/// ATTUNE_BENCH_FIRST_FRAME=first quits once the first frame is drawn; =complete once the program is idle
/// (the runtime waits for input with nothing pending: the dashboard is complete).
final class FirstFrameProbe: TerminalBackend {
    enum Moment: String { case first, complete }
    let inner: TerminalBackend
    let moment: Moment
    private var drawn = false

    init(_ inner: TerminalBackend, moment: Moment) {
        self.inner = inner
        self.moment = moment
    }

    var size: Size { inner.size }
    func present(_ buffer: Buffer) {
        inner.present(buffer)
        drawn = true
    }
    func nextEvent(timeoutMilliseconds: Int) -> Event? {
        switch moment {
        case .first where drawn: return .key(.ctrl("q"))
        case .complete where drawn && timeoutMilliseconds != 0: return .key(.ctrl("q"))
        default: return inner.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
        }
    }
    func suspend() { inner.suspend() }
    func resume() { inner.resume() }
    func invalidate() { inner.invalidate() }
    func shutdown() { inner.shutdown() }
}
