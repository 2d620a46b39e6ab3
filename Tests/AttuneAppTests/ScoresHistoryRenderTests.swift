import AttuneTUI
import XCTest
@testable import AttuneApp

/// The score history: sparklines, previous value and change, the line chart with its cursor.
final class ScoresHistoryRenderTests: XCTestCase {
    private func render(_ name: String, _ width: Int, _ height: Int) throws -> Buffer {
        let make = try XCTUnwrap(CheckInScenarios.all.first { $0.0 == name }?.1)
        return try make(Size(width: width, height: height)).render(size: Size(width: width, height: height))
    }

    func testHistoryAt80x24() throws {
        assertScreen(try render("history", 80, 24), """
         Attune · Score history                        A. Lee · supervisee · 2026-11-22
          [Pulse] CBI ProQOL 5
           trend over 2                                              prev  latest  chg
            Exhaustion             ▃▆                                  25      75  +50
          ▸ Detachment             ▃▆                                  25      75  +50
            Irritability           ▅▅                                  50      50   ±0
            Sleep and recovery     ▅▅                                  50      50   ±0
            Sense of effectiveness ▃▅                                  25      50  +25
            Client-related strain  ▃▆                                  25      75  +50

          100


                  ●




              ●


            0
          Detachment: 25 on 2026-11-15 (1/2) · Enter opens it
                    ↑↓ dimension  ←→ point  Enter open  Tab instrument  Esc back  ? help
        """)
    }

    func testHistoryAt40x15() throws {
        assertScreen(try render("history", 40, 15), """
         Attune · Score history
         [Pulse] CBI ProQOL 5
          trend over 2                last  chg
           Exhaustion           ▃▆      75  +50
         ▸ Detachment           ▃▆      75  +50
           Irritability         ▅▅      50   ±0
           Sleep and recovery   ▅▅      50   ±0
           Sense of effectiven… ▃▅      50  +25
           Client-related stra… ▃▆      75  +50

         100
                 ●
           0 ●
         Detachment: 25 on 2026-11-15 (1/2) · …
                           ↑↓ ←→ Enter Tab Esc ?
        """)
    }

    func testHistoryEmptyCbiAt80x24() throws {
        assertScreen(try render("history-empty-cbi", 80, 24), """
         Attune · Score history                        A. Lee · supervisee · 2026-11-22
          Pulse [CBI] ProQOL 5
          No CBI saved yet. Run `attune assess cbi` (import its wording first, or
          enter a paper form with --answers).



















                    ↑↓ dimension  ←→ point  Enter open  Tab instrument  Esc back  ? help
        """)
    }

    func testHistoryEmptyCbiAt40x15() throws {
        assertScreen(try render("history-empty-cbi", 40, 15), """
         Attune · Score history
         Pulse [CBI] ProQOL 5
         No CBI saved yet. Run `attune assess
         cbi` (import its wording first, or
         enter a paper form with --answers).









                           ↑↓ ←→ Enter Tab Esc ?
        """)
    }
}
