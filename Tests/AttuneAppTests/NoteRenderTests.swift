import AttuneDomain
import AttuneTUI
import XCTest
@testable import AttuneApp

/// Whole-screen render tests of the note form, the identifier review, the checklist and the barrier history at
/// 80×24 and 40×15 (mono theme, fixed clock). Each screen is reached by key presses: see NoteRenderScenarios.
final class NoteRenderTests: XCTestCase {

    func testEmptyNoteAt80x24() {
        assertScreen(NoteRenderScenarios.emptyNote(Size(width: 80, height: 24)), """
             Attune · New countertransference note         A. Lee · supervisee · 2026-11-22
             ── Session ───────────────────────────────────────────────────────────────────
             ▸ Client code *  pseudonym or case code, never a name
               Session date * 2026-11-22
               Session no.    optional
             ── Trigger *  what set it off ────────────────────────────────────────────────
               Categories
               1 [ ] Client's material or topic  2 [ ] Comparing the client with others
               3 [ ] Change in the frame of therapy  4 [ ] Assessing progress
               5 [ ] How I perceive the client  6 [ ] The client's emotions
               In my words    –
             ── Reactions *  what I felt ──────────────────────────────────────────────────
               Families · digit = intensity 1–5
               [ ] Overwhelmed / disorganised  ····· [ ] Helpless / inadequate       ·····
               [ ] Positive / satisfying       ····· [ ] Special / over-involved     ·····
               [ ] Sexualised                  ····· [ ] Disengaged                  ·····
               [ ] Parental / protective       ····· [ ] Criticised / mistreated     ·····
               [ ] Hostile / angry             ·····
               Other          a reaction not in the list
               Bodily cues    tight chest, heavy limbs, …
             ── Direction ─────────────────────────────────────────────────────────────────
               Pull           1 ( ) Drawn toward / over-involved                          ↓
             type · Enter next                       needs: client code, trigger, reactions
                        ^S save (3 missing)  Tab next field  Esc leave (draft kept)  F1 help
            """)
    }

    func testEmptyNoteAt40x15() {
        assertScreen(NoteRenderScenarios.emptyNote(Size(width: 40, height: 15)), """
             Attune · New countertransference note
             ── Session ───────────────────────────
             ▸ Client code *  pseudonym or case co…
               Session date * 2026-11-22
               Session no.    optional
             ── Trigger *  what set it off ────────
               Categories
               1 [ ] Client's material or topic
               2 [ ] Comparing the client with othe
               3 [ ] Change in the frame of therapy
               4 [ ] Assessing progress
               5 [ ] How I perceive the client
               6 [ ] The client's emotions        ↓
             needs: client code, trigger, reactions
                                       ^S Tab Esc F1
            """)
    }

    func testFilledNoteAt80x24() {
        assertScreen(NoteRenderScenarios.filledNote(Size(width: 80, height: 24)), """
             Attune · New countertransference note         A. Lee · supervisee · 2026-11-22
               Families · digit = intensity 1–5                                           ↑
               [x] Overwhelmed / disorganised  ●●●●○ [x] Helpless / inadequate       ●●○○○
               [ ] Positive / satisfying       ····· [ ] Special / over-involved     ·····
               [ ] Sexualised                  ····· [ ] Disengaged                  ·····
               [ ] Parental / protective       ····· [ ] Criticised / mistreated     ·····
               [ ] Hostile / angry             ·····
               Other          a reaction not in the list
               Bodily cues    tight chest, heavy limbs, …
             ── Direction ─────────────────────────────────────────────────────────────────
               Pull           1 ( ) Drawn toward / over-involved
                              2 ( ) Pulled away / under-involved  3 ( ) Mixed
             ── Manifestation  how it showed ──────────────────────────────────────────────
               Categories     1 [ ] Approach  2 [ ] Avoidance  3 [ ] Negative feelings
                              4 [ ] Change in treatment plan
               In my words    –
             ── Origin  private by default ────────────────────────────────────────────────
               Categories     1 [ ] Family of origin  2 [ ] Own needs and values
                              3 [ ] Therapy-specific  4 [ ] Cultural or identity
             ▸ Hypothesis     Über-identifying — too close

                                                                                          ↓
             type · Enter new line · ^E $EDITOR                               ready to save
                        ^S save  Tab next field  ^E $EDITOR  Esc leave (draft kept)  F1 help
            """)
    }

    func testFilledNoteAt40x15() {
        assertScreen(NoteRenderScenarios.filledNote(Size(width: 40, height: 15)), """
             Attune · New countertransference note
               In my words                        ↑
               –
             ── Origin  private by default ────────
               Categories
               1 [ ] Family of origin
               2 [ ] Own needs and values
               3 [ ] Therapy-specific
               4 [ ] Cultural or identity
             ▸ Hypothesis
               Über-identifying — too close

                                                  ↓
             type · Enter new line …  ready to save
                                    ^S Tab ^E Esc F1
            """)
    }

    func testReviewAt80x24() {
        assertScreen(NoteRenderScenarios.review(Size(width: 80, height: 24)), """
             Attune · New countertransference note         A. Lee · supervisee · 2026-11-22
             ── Session ───────────────────────────────────────────────────────────────────
               Client code *  Wren-4
               Session date * 2026-11-22
               Session no.    optional
             ── Trigger *  what set it off ────────────────────────────────────────────────
               Categories
               1 [x] Client's material or topic  2 [ ] Comparing the client with others
               3 [ ] Change in the frame of therapy  4 [ ] Assessing progress
               5 [ ] How I perceive the client  6 [ ] The client's emotions
             ▸ In my words    She left 555-867-5309 on a card.


             ── Reactions *  what I felt ──────────────────────────────────────────────────
               Families · digit = intensity 1–5
               [x] Overwhelmed / disorganised  ●●●○○ [ ] Helpless / inadequate       ·····
             ┌ Possible identifier 1 of 1 ────────────────────────────────────────────────┐
             │ in Trigger · In my words                                                   │
             │ She left 555-867-5309 on a card.                                           │
             │ looks like a phone number                                                  │
             │ [ Replace with [phone] (r) ] [ Keep (k) ] [ Go back (b) ]                  │
             └────────────────────────────────────────────────────────────────────────────┘
             type · Enter new line · ^E $EDITOR                               ready to save
            ! 1 possible identifier to review before saving.                         r k b ?
            """)
    }

    func testReviewAt40x15() {
        assertScreen(NoteRenderScenarios.review(Size(width: 40, height: 15)), """
             Attune · New countertransference note
             ▸ In my words                        ↑
               She left 555-867-5309 on a card.


             ── Reactions *  what I felt ──────────
             ┌ Possible identifier 1 of 1 ────────┐
             │ in Trigger · In my words           │
             │ She left 555-867-5309 on a card.   │
             │ looks like a phone number          │
             │ [ Replace with [phone] (r) ]       │
             │ [ Keep (k) ] [ Go back (b) ]       │
             └────────────────────────────────────┘
             type · Enter new line …  ready to save
            ! 1 possible identifier to review befor…
            """)
    }

    func testChecklistAt80x24() {
        assertScreen(NoteRenderScenarios.checklist(Size(width: 80, height: 24)), """
             Attune · Empathy-barrier checklist            A. Lee · supervisee · 2026-11-22
             Covers  1 (•) session  2 ( ) week
             Client  case code (optional)
             Compassion fatigue and burnout  2 present
             [x] I felt drained before the session had really begun                   ···
             [x] I was shorter or more irritable than I usually am                    ●●○ ✎
             [ ] I noticed I felt little in response to painful material
             [ ] The client's story stayed with me well after the session
             Countertransference and bias
             [ ] I saw my own story in the client's and lost some distance
             [ ] I held back from a client who reminded me of something unresolved
             [ ] I wanted to rescue or fix rather than understand
             [ ] A judgement about the client's choices coloured how I listened
             Emotional balance
             [ ] I was flooded by the client's emotion and lost my footing
             [ ] The client may have felt unseen because I stayed in my head
             [ ] I struggled to settle my own reactions during the session
             Cultural assumption
             ──────────────────────────────────────────────────────────────────────────────
             I was shorter or more irritable than I usually am
             ✎ Müde 😴
             Small impatience with a client is often the first visible sign of depletion.
             2 items present · 1 barrier
                 Space present  1-3 severity  n note  ^S save  Tab period  Esc leave  ? help
            """)
    }

    func testChecklistAt40x15() {
        assertScreen(NoteRenderScenarios.checklist(Size(width: 40, height: 15)), """
             Attune · Empathy-barrier checklist
             Covers  1 (•) session  2 ( ) week
             Client  case code (optional)
             Compassion fatigue and burnout  2 pres
             [x] I felt drained before the s… ···
             [x] I was shorter or more irrit… ●●○ ✎
             [ ] I noticed I felt little in …
             [ ] The client's story stayed w…
             Countertransference and bias
             [ ] I saw my own story in the c…
             ──────────────────────────────────────
             I was shorter or more irritable than I
             usually am
             2 items present · 1 barrier
                            Space 1-3 n ^S Tab Esc ?
            """)
    }

    func testHistoryAt80x24() {
        assertScreen(NoteRenderScenarios.history(Size(width: 80, height: 24)), """
             Attune · Barrier history                      A. Lee · supervisee · 2026-11-22
             Barrier                        4 wk (2)       12 wk (3)      52 wk (4)
             Compassion fatigue and burnout ██████████  2  ██████▋     2  ███████▌    3
             Countertransference and bias               0              0              0
             Emotional balance                          0              0              0
             Cultural assumption                        0              0              0
             Presence and distraction       █████       1  ███▍        1  ██▌         1
             Boundaries                                 0  ███▍        1  ██▌         1













             Presence and distraction: present in 1 of 3 checklists in the last 12 weeks ·
             Enter lists them.
                                 Enter list entries  ←→ period  ↑↓ barrier  Esc back  ? help
            """)
    }

    func testHistoryAt40x15() {
        assertScreen(NoteRenderScenarios.history(Size(width: 40, height: 15)), """
             Attune · Barrier history
             Barrier    4 wk (2) 12 wk    52 wk
             Compassio… ████  2  ██▋   2  ███   3
             Countertr…       0        0        0
             Emotional…       0        0        0
             Cultural …       0        0        0
             Presence … ██    1  █▍    1  █     1
             Boundaries       0  █▍    1  █     1




             Presence and distraction: present in 1
             of 3 checklists in the last 12 weeks ·
                                   Enter ←→ ↑↓ Esc ?
            """)
    }


    func testTinyScreensDoNotCrash() {
        for (_, make) in NoteRenderScenarios.all {
            for (w, h) in [(1, 1), (12, 5), (20, 8), (39, 11)] { _ = make(Size(width: w, height: h)) }
        }
    }
}
