import AttuneTUI
import XCTest
@testable import AttuneApp

/// The pulse check-in form, its result and the draft offer, frozen at 80×24 and 40×15.
final class CheckInRenderTests: XCTestCase {
    private func render(_ name: String, _ width: Int, _ height: Int) throws -> Buffer {
        let make = try XCTUnwrap(CheckInScenarios.all.first { $0.0 == name }?.1)
        return try make(Size(width: width, height: height)).render(size: Size(width: width, height: height))
    }

    func testCheckinFirstAt80x24() throws {
        assertScreen(try render("checkin-first", 80, 24), """
         Attune · Check-in                             A. Lee · supervisee · 2026-11-22
          Burnout pulse check-in                                                   1/8
          Self-reflection pulse, not a validated measure · the past two weeks

          1. By the end of a working day I had nothing left to give.

           0 Not at all   1 Once or twice   2 Some days   3 Most days   4 Every day

          ◌○○○○○○○













          0 of 8 answered · digits answer
                                  0–4 answer  ↑↓ item  Bksp back  Esc keep draft  ? help
        """)
    }

    func testCheckinFirstAt40x15() throws {
        assertScreen(try render("checkin-first", 40, 15), """
         Attune · Check-in
         Burnout pulse check-in             1/8
         Self-reflection pulse, not a validated
         measure · the past two weeks

         1. By the end of a working day I had
         nothing left to give.

          0 Not at all   1 Once or twice
          2 Some days   3 Most days
          4 Every day

         ◌○○○○○○○
         0 of 8 answered · digits answer
                               0–4 ↑↓ Bksp Esc ?
        """)
    }

    func testCheckinLastAt80x24() throws {
        assertScreen(try render("checkin-last", 80, 24), """
         Attune · Check-in                             A. Lee · supervisee · 2026-11-22
          Burnout pulse check-in                                                   8/8
          Self-reflection pulse, not a validated measure · the past two weeks

          8. I felt a sinking feeling before particular client sessions.

           0 Not at all   1 Once or twice   2 Some days   3 Most days   4 Every day

          ●●●●●●●◌













          Last item · Enter shows the result
                    0–4 answer  Enter result  ↑↓ item  Bksp back  Esc keep draft  ? help
        """)
    }

    func testCheckinLastAt40x15() throws {
        assertScreen(try render("checkin-last", 40, 15), """
         Attune · Check-in
         Burnout pulse check-in             8/8
         Self-reflection pulse, not a validated
         measure · the past two weeks

         8. I felt a sinking feeling before
         particular client sessions.

          0 Not at all   1 Once or twice
          2 Some days   3 Most days
          4 Every day

         ●●●●●●●◌
         Last item · Enter shows the result
                         0–4 Enter ↑↓ Bksp Esc ?
        """)
    }

    func testCheckinResultAt80x24() throws {
        assertScreen(try render("checkin-result", 80, 24), """
         Attune · Check-in result                      A. Lee · supervisee · 2026-11-22
          Burnout pulse check-in                                      2026-11-22 10:00
          Self-reflection pulse, not a validated measure · the past two weeks

          0–100 per dimension · higher means more strain                        change
          Exhaustion             █████████████████████████████████             75  +50
          Detachment             █████████████████████████████████             75  +50
          Irritability           ██████████████████████                        50   ±0
          Sleep and recovery     ██████████████████████                        50   ±0
          Sense of effectiveness ██████████████████████                        50  +25
          Client-related strain  █████████████████████████████████             75  +50
          Overall 63 (+30) · 8 of 8 items answered
          Change since the check-in of 2026-11-15.

          Trend                                                               2 so far
          Exhaustion              ▃▆
          Detachment              ▃▆
          Irritability            ▅▅
          Sleep and recovery      ▅▅
          Sense of effectiveness  ▃▅
          Client-related strain   ▃▆

          How it is scored                                                           ↓
        Saved.                               ↑↓ scroll  h history  any key close  ? help
        """)
    }

    func testCheckinResultAt40x15() throws {
        assertScreen(try render("checkin-result", 40, 15), """
         Attune · Check-in result
         Burnout pulse check-in
         Self-reflection pulse, not a validated
         measure · the past two weeks

         0–100 per dimension · higher means
         more strain
         Exhaustion   ████████████      75  +50
         Detachment   ████████████      75  +50
         Irritability ████████          50   ±0
         Sleep and r… ████████          50   ±0
         Sense of ef… ████████          50  +25
         Client-rela… ████████████      75  +50
         Overall 63 (+30) · 8 of 8 items      ↓
        Saved.                    ↑↓ h any key ?
        """)
    }

    func testCheckinDraftOfferAt80x24() throws {
        assertScreen(try render("checkin-draft-offer", 80, 24), """
         Attune · Check-in                             A. Lee · supervisee · 2026-11-22
          Burnout pulse check-in
          Self-reflection pulse, not a validated measure · the past two weeks

          You left one unfinished on 2026-11-22 10:00 with 3 of 8 items answered.

            r  resume it
            n  start over (the draft is discarded)
            Esc  back, keeping the draft














                                          r resume draft  n start over  Esc back  ? help
        """)
    }

    func testCheckinDraftOfferAt40x15() throws {
        assertScreen(try render("checkin-draft-offer", 40, 15), """
         Attune · Check-in
         Burnout pulse check-in
         Self-reflection pulse, not a validated
         measure · the past two weeks

         You left one unfinished on 2026-11-22
         10:00 with 3 of 8 items answered.

           r  resume it
           n  start over (the draft is
           discarded)
           Esc  back, keeping the draft


                                       r n Esc ?
        """)
    }
}
