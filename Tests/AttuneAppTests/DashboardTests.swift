import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

final class DashboardTests: XCTestCase {
    func testPrintDashboard() {
        let ctx = Fixture.context()
        let app = AttuneApp(ctx: ctx, root: DashboardScreen(ctx: ctx))
        print(app.render(size: Size(width: 80, height: 24)).text)
        print(app.render(size: Size(width: 40, height: 15)).text)
    }
}
