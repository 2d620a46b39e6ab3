/// Synthetic fragments for demo workbooks. Invented for Attune; no real client material. Client codes are case codes.
enum DemoPhrases {
    static let clientCodes = ["C-101", "C-114", "C-127", "C-133", "C-148", "C-152", "Kestrel", "Heron", "Willow", "Juniper",
                              "C-160", "C-171"]
    static let triggerTexts = [
        "The client described a long silence at the family dinner table and I felt my chest tighten.",
        "They arrived twenty minutes late for the third time and apologised in a flat voice.",
        "When they said therapy was not helping, I found myself defending the plan.",
        "Talk of leaving home for the first time stirred something familiar.",
        "The client cried about a loss and then laughed it off quickly.",
        "They praised me warmly at the end, and I noticed how much I wanted that.",
        "A story of being ignored at work; I drifted to my own week.",
        "The client asked whether I have children.",
    ]
    static let manifestationTexts = [
        "I talked more than usual and offered advice too soon.",
        "I changed the subject when the grief came close.",
        "I felt bored and checked the clock twice.",
        "I suggested an extra session without thinking it through.",
        "My questions became clipped and clinical.",
    ]
    static let originTexts = [
        "Echoes of being the one who kept the peace at home.",
        "My wish to be seen as a competent therapist this early in training.",
        "Values about independence I grew up with.",
        "A recent loss of my own that I have not given much room.",
    ]
    static let effectTexts = [
        "The client seemed to close down after my advice.",
        "We lost the thread for ten minutes, then found it again.",
        "I think the alliance held; they booked the next session.",
        "Hard to tell; worth checking with them next time.",
    ]
    static let managementTexts = [
        "Name the pull to rescue in supervision; slow down and reflect before suggesting.",
        "Breathe and return to their words when I notice drifting.",
        "Journal after sessions with this client for a month.",
        "Read on grief work and bring a formulation to supervision.",
    ]
    static let supervisionTexts = [
        "How to stay with silence without filling it.",
        "Whether the extra session was for them or for me.",
        "",
        "My reaction to the question about children.",
    ]
    static let tags = ["grief", "family", "endings", "anxiety", "first-sessions", "couples", "trauma", "young-adults"]
    static let reflectionTitles = [
        "What the silence asked of me", "After a hard Tuesday", "Noticing the pull to rescue", "Rest and limits",
        "Parallel process in supervision", "Culture and curiosity",
    ]
    static let reflectionBodies = [
        "## What?\nA session where I filled every pause.\n\n## So what?\nThe quiet felt like failure to me, not to them.\n\n## Now what?\nCount to five before speaking.\n",
        "## Description\nFour clients back to back and no lunch.\n\n## Feelings\nFlat, then irritable.\n\n## Action plan\nBlock twenty minutes between the second and third session.\n",
    ]
}
