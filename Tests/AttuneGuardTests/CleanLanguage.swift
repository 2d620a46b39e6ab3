/// Realistic clinical wording for synthetic notes: sentence templates full of capitalised sentence starts,
/// days, times, durations, session numbers, scale scores, percentages, years, case codes and therapy terms.
/// Slots in braces are filled by `CleanLanguage.fill`. All text is invented for these tests.
enum CleanLanguage {
    static let headings = ["## Trigger", "## Reactions", "## Origin", "## Effect", "## Management", "## Plan",
                           "### What happened", "### So what?", "### Now what?", "## Notes for supervision"]

    static let sentences = [
        "On {day} the session with {code} ran {minutes} minutes instead of 50.",
        "I noticed my chest tighten when {code} described the argument at home.",
        "This was session {n}, and the alliance felt steadier than in session {n2}.",
        "Intensity {i}/5 for helplessness, {j}/5 for irritation.",
        "I rated my anxiety {k}/10 before the session and {k2}/10 afterwards.",
        "Roughly {pct}% of the hour went on the crisis plan.",
        "Since {year}, {code} has not been in contact with their father.",
        "In {year} they moved out of the family home, which still comes up.",
        "The PHQ-9 came in at {score} and the GAD-7 at {score2}.",
        "I felt pulled to rescue, the over-involved pattern Hayes describes.",
        "Using the seven-eyed model, this sits in mode 4, my own process.",
        "My supervisor suggested Gibbs' cycle for this reflection.",
        "Winnicott's idea of holding came to mind when the silence stretched.",
        "I wondered whether my reaction was about my own family of origin.",
        "We spent {minutes} minutes on breathing and grounding exercises.",
        "I met {code} at {time} on {day}, after a long morning of intakes.",
        "By {time} I was tired and found it hard to stay present.",
        "I felt bored, then guilty about being bored.",
        "It reminded me of how I felt when I first started on placement.",
        "There was a rupture around the fee, and we repaired it by the end.",
        "We used CBT thought records and some DBT distress tolerance skills.",
        "We returned to the EMDR target from {month}.",
        "After the session I journaled for {small} minutes and went for a walk.",
        "In supervision on {day} we will look at the parallel process.",
        "Christmas and Mother's Day are hard for {code}, and I felt protective.",
        "The session moved to Zoom because of a cold; the connection dropped twice.",
        "I caught myself over-talking and steering away from the grief.",
        "Next time I want to slow down and stay with the sadness.",
        "Management plan: centre before sessions, take breaks, bring this to supervision.",
        "I am {pct}% sure this is about my own need to be competent.",
        "My energy was 2 out of 5 by Friday.",
        "Week {n} of the practicum, and my caseload is at {caseload} clients.",
        "I had {small} minutes between clients, not enough to reset.",
        "The Beck Depression Inventory score had dropped by {small} points.",
        "{code} spoke about their faith and the church community.",
        "English is {code}'s second language, and I slowed my speech.",
        "I felt helpless and inadequate, then angry at the system.",
        "Effect on the alliance: slightly negative, maybe -1.",
        "Self-insight: I know this theme from my own history.",
        "Will I be able to hold this next week? I think so, with support.",
        "Grace under pressure is not the same as numbing out.",
        "Mark this as a theme to track across the next {small} sessions.",
        "I felt hopeful for the first time in weeks.",
        "We agreed to meet fortnightly from {month}.",
        "The trigger was the comparison with my younger sibling.",
        "Acceptance and Commitment Therapy ideas helped me name the avoidance.",
        "Overall, the session ended on time at {time}.",
        "We checked the safety plan; no change since session {n2}.",
        "I noticed I wanted {code} to like me.",
        "Today I left the office at {time} and still felt wired.",
        "At the start of the hour we did a 5-minute check-in.",
        "Later that week, on {day}, I felt the same heaviness.",
        "Emotional empathy was high; cognitive empathy slipped.",
        "Cultural assumptions: I assumed I knew what Ramadan meant for them.",
        "Between {year} and {year2} the family moved three times.",
        "It took about 1.5 hours to write up the notes.",
        "Group supervision is on {day} at {time}, room 3.",
        "Score on the pulse check-in: exhaustion 62, detachment 40.",
        "I noticed my own burnout signals: irritability, detachment, poor sleep.",
    ]

    /// Harder sentences, written before tuning: institutions, titles, holidays, services and roles in Title Case,
    /// the kind of capitalised noise that is not a person.
    static let hardSentences = [
        "She has been reading The Body Keeps the Score and quoted it twice.",
        "The Emergency Department referred them back to the Community Mental Health Team.",
        "Easter Monday fell in the middle of our fortnightly rhythm.",
        "My Clinical Lead asked me to update the Risk Assessment by {day}.",
        "They called Lifeline on New Year's Eve and found it helpful.",
        "We talked about the Mental Health Act and what an involuntary admission would mean.",
        "He is in Year 10 and the School Counsellor has been involved.",
        "Child Protection closed the file in {year}.",
        "Alcoholics Anonymous meetings on {day} evenings have become an anchor.",
        "She watches Grey's Anatomy to wind down, which made us both laugh.",
        "I used the Wheel of Emotions handout from our Practicum Handbook.",
        "The Family Court hearing is the backdrop to everything right now.",
        "Good Friday and Anzac Day both landed in the same fortnight.",
        "My Practice Manager moved the session to Room 4.",
        "We filled in the NDIS plan review form together.",
        "He plays in a Sunday League football team and hates losing.",
        "The Safety Plan now lists three people and two places.",
        "Her Spotify playlist is called Rainy Days, which she shared in session.",
        "I rated Compassion Satisfaction as high but Secondary Traumatic Stress as rising.",
        "My Personal Therapy sessions resume in {month}.",
        "Headspace and Centrelink were both mentioned as sources of stress.",
        "She finished Dialectical Behaviour Therapy skills group in {year}.",
        "The Hearing Voices Network group meets monthly.",
        "We spoke about Black History Month and what it stirs for them.",
        "He supports Manchester United and the weekend results set the mood.",
        "The Borderline Personality Disorder label came up and I felt defensive on their behalf.",
        "Our Team Leader is on leave until {month}.",
        "Friday Reflective Practice was cancelled again.",
        "I noticed Parallel Process themes in my own Supervision Contract.",
        "The Uber ride home was where the panic attack started.",
    ]

    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let times = ["9am", "10:30", "11:15", "2 pm", "3pm", "4:45 pm", "17:00", "8.30"]
    static let codes = ["C-17", "K.M.", "Client B", "client 4", "Wren", "Client Blue", "case 2291", "J-204", "Robin"]

    static let slots = ["{day}", "{minutes}", "{n}", "{n2}", "{i}", "{j}", "{k}", "{k2}", "{pct}", "{year}", "{year2}",
                        "{score}", "{score2}", "{time}", "{month}", "{small}", "{caseload}", "{code}"]

    /// Replaces each {slot} with a plausible value.
    static func fill(_ template: String, code: String, rng: inout SeededRandom) -> String {
        var s = template
        for slot in slots {
            while let r = s.range(of: slot) { s.replaceSubrange(r, with: value(slot, code: code, rng: &rng)) }
        }
        return s
    }

    private static func value(_ slot: String, code: String, rng: inout SeededRandom) -> String {
        switch slot {
        case "{day}": return rng.pick(days)
        case "{minutes}": return String(rng.pick([45, 50, 55, 60, 75, 90]))
        case "{n}": return String(rng.int(1...40))
        case "{n2}": return String(rng.int(1...12))
        case "{i}", "{j}": return String(rng.int(1...5))
        case "{k}", "{k2}": return String(rng.int(1...10))
        case "{pct}": return String(rng.int(5...95))
        case "{year}", "{year2}": return String(rng.int(1995...2025))
        case "{score}": return String(rng.int(0...27))
        case "{score2}": return String(rng.int(0...21))
        case "{time}": return rng.pick(times)
        case "{month}": return rng.pick(months)
        case "{small}": return String(rng.int(2...20))
        case "{caseload}": return String(rng.int(6...30))
        default: return code
        }
    }
}
