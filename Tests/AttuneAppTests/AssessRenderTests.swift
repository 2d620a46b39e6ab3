import AttuneTUI
import XCTest
@testable import AttuneApp

/// Validated instruments with synthetic wording: the form, CBI and ProQOL results, and the not-imported screen.
final class AssessRenderTests: XCTestCase {
    private func render(_ name: String, _ width: Int, _ height: Int) throws -> Buffer {
        let make = try XCTUnwrap(CheckInScenarios.all.first { $0.0 == name }?.1)
        return try make(Size(width: width, height: height)).render(size: Size(width: width, height: height))
    }

    func testCbiFormAt80x24() throws {
        assertScreen(try render("cbi-form", 80, 24), """
         Attune · CBI                                  A. Lee · supervisee · 2026-11-22
          Copenhagen Burnout Inventory                                            3/19
          CBI · answer each item as the form asks (how often, or to what degree)

          3. Synthetic item 3: a made-up statement for tests

           1 Always / very high degree (100)   2 Often / high degree (75)
           3 Sometimes / somewhat (50)   4 Seldom / low degree (25)
           5 Never / very low degree (0)

          ●●◌○○○○○○○○○○○○○○○○











          2 of 19 answered · digits answer
                                  1–5 answer  ↑↓ item  Bksp back  Esc keep draft  ? help
        """)
    }

    func testCbiFormAt40x15() throws {
        assertScreen(try render("cbi-form", 40, 15), """
         Attune · CBI
         Copenhagen Burnout Inventory      3/19
         CBI · answer each item as the form
         asks (how often, or to what degree)

         3. Synthetic item 3: a made-up
         statement for tests

          1 Always / very high degree (100)
          2 Often / high degree (75)
          3 Sometimes / somewhat (50)
          4 Seldom / low degree (25)
          5 Never / very low degree (0)       ↓
         2 of 19 answered · digits answer
                               1–5 ↑↓ Bksp Esc ?
        """)
    }

    func testCbiResultAt80x24() throws {
        assertScreen(try render("cbi-result", 80, 24), """
         Attune · Assessment result                    A. Lee · supervisee · 2026-11-22
          Copenhagen Burnout Inventory                                2026-11-22 10:00
          CBI · answer each item as the form asks (how often, or to what degree)

          0–100 per scale · higher means more burnout
          Personal burnout       ██████████████████████┃██▋                    58
          Work-related burnout   ██████████████████████┃▋                      54
          Client-related burnout ████████████████████▏ │                       46
                                 0                    50                  100
          19 of 19 items answered
          The line at 50 is a reference for reading the chart, not a cut-off or a
          diagnosis.
          Your first CBI: the next one will show the change.
          Copenhagen Burnout Inventory: Kristensen, T. S., Borritz, M., Villadsen, E.
          & Christensen, K. B. (2005). The Copenhagen Burnout Inventory: a new tool
          for the assessment of burnout. Work & Stress 19(3), 192–207. Developed in
          the PUMA study, National Research Centre for the Working Environment (NFA),
          Copenhagen.

          How it is scored
          Each answer is the code printed on the form (100, 75, 50, 25 or 0). Item 13
          is reversed (100 minus the code). A scale score is the mean of its answered
          items, from 0 to 100; higher means more burnout. The CBI has no official   ↓
        Saved.                               ↑↓ scroll  h history  any key close  ? help
        """)
    }

    func testCbiResultAt40x15() throws {
        assertScreen(try render("cbi-result", 40, 15), """
         Attune · Assessment result
         Copenhagen Burnout Inventory
         CBI · answer each item as the form
         asks (how often, or to what degree)

         0–100 per scale · higher means more
         burnout
         Personal bu… ████████┃▍        58
         Work-relate… ████████┃         54
         Client-rela… ███████▍│         46
                      0      50    100
         19 of 19 items answered
         The line at 50 is a reference for
         reading the chart, not a cut-off or a↓
        Saved.                    ↑↓ h any key ?
        """)
    }

    func testProqolResultAt80x24() throws {
        assertScreen(try render("proqol-result", 80, 24), """
         Attune · Assessment result                    A. Lee · supervisee · 2026-11-22
          Professional Quality of Life Scale, version 5               2026-11-22 10:00
          ProQOL 5 · how often in the last 30 days

          10–50 per subscale
          Compassion satisfaction   █████████████████▉                28 moderate
          Burnout                   █████████████████▉                28 moderate
          Secondary traumatic stre… ████████████████████▌             32 moderate
          30 of 30 items answered
          Your first ProQOL 5: the next one will show the change.
          ProQOL 5: B. Hudnall Stamm, 2009-2012. Professional Quality of Life:
          Compassion Satisfaction and Fatigue Version 5 (ProQOL). www.proqol.org

          How it is scored
          Each answer is the number circled on the form (1 to 5). Burnout items 1, 4,
          15, 17 and 29 are reversed (6 minus the answer). Each subscale is the sum of
          its ten items, from 10 to 50: 22 or less is low, 23 to 41 moderate, 42 or
          more high. This is a screening summary, not a diagnosis.
          A subscale is scored only when all ten of its items are answered. We found
          no published rule for unanswered ProQOL items, so Attune does not estimate
          them.

          The ProQOL may be copied only if the author is credited (with a link to    ↓
        Saved.                               ↑↓ scroll  h history  any key close  ? help
        """)
    }

    func testProqolResultAt40x15() throws {
        assertScreen(try render("proqol-result", 40, 15), """
         Attune · Assessment result
         Professional Quality of Life Scale,
         version 5
         ProQOL 5 · how often in the last 30
         days

         10–50 per subscale
         Compassion … ███▉     28 moderate
         Burnout      ███▉     28 moderate
         Secondary t… ████▌    32 moderate
         30 of 30 items answered
         Your first ProQOL 5: the next one will
         show the change.
         ProQOL 5: B. Hudnall Stamm, 2009-2012↓
        Saved.                    ↑↓ h any key ?
        """)
    }

    func testProqolNotImportedAt80x24() throws {
        assertScreen(try render("proqol-not-imported", 80, 24), """
         Attune · ProQOL 5 · not imported              A. Lee · supervisee · 2026-11-22
          Professional Quality of Life Scale, version 5

          Attune ships the scoring key of the ProQOL 5 but not its wording. Import the
          items from your own copy: a plain text file with one item per line, 30 lines
          in published order, then run:

            attune instruments import proqol5 FILE

          Where to find it: the ProQOL 5 form is published by its author at
          <https://proqol.org>, with the terms shown below.

          A form filled on paper can be scored without the wording: attune assess
          proqol5 --answers "1,2,,3,…" (one place per item, empty when unanswered).

          The scoring key Attune will apply
          Professional Quality of Life Scale, version 5 (ProQOL 5): 30 items, answers
          coded 1, 2, 3, 4, 5.
            Compassion satisfaction: items 3, 6, 12, 16, 18, 20, 22, 24, 27, 30; sum
            of the items; needs 10 of 10 answers.
            Burnout: items 1, 4, 8, 10, 15, 17, 19, 21, 26, 29; sum of the items;
            reversed: 1, 4, 15, 17, 29; needs 10 of 10 answers.
            Secondary traumatic stress: items 2, 5, 7, 9, 11, 13, 14, 23, 25, 28; sum↓
                                                             ↑↓ scroll  Esc back  ? help
        """)
    }

    func testProqolNotImportedAt40x15() throws {
        assertScreen(try render("proqol-not-imported", 40, 15), """
         Attune · ProQOL 5 · not imported
         Professional Quality of Life Scale,
         version 5

         Attune ships the scoring key of the
         ProQOL 5 but not its wording. Import
         the items from your own copy: a plain
         text file with one item per line, 30
         lines in published order, then run:

           attune instruments import proqol5
           FILE

         Where to find it: the ProQOL 5 form i↓
                     ↑↓ scroll  Esc back  ? help
        """)
    }
}
