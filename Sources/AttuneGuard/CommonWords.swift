/// Capitalised words that are not names in a clinical note: function words and frequent sentence starters,
/// days, months, holidays, languages, therapy and supervision terms, instrument words, theorists often cited,
/// and common platforms. Lowercase, space-separated; checked against a word's lowercased base form.
enum CommonWords {
    static let all: Set<String> = Set((function + " " + starters + " " + calendar + " " + clinical + " " + culture)
        .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Authors a supervision note cites (models, instruments, theory), as "given surname". "Carl Rogers" is a
    /// citation, not a client; "Sarah Miller" is still a name because only these exact pairs are exempt.
    static let citedAuthors: Set<String> = Set("""
    carl.rogers donald.winnicott john.bowlby marsha.linehan aaron.beck albert.ellis irvin.yalom john.gottman \
    william.miller stephen.rollnick martin.seligman abraham.maslow erik.erikson jean.piaget peter.fonagy \
    anthony.bateman melanie.klein heinz.kohut sigmund.freud carl.jung graham.gibbs john.driscoll peter.hawkins \
    robin.shohet brigid.proctor janine.bernard jeffrey.hayes steven.hayes charles.gelso kristin.neff paul.gilbert \
    judith.herman stephen.porges dan.siegel tara.brach brené.brown brene.brown viktor.frankl virginia.satir \
    salvador.minuchin karen.horney alfred.adler fritz.perls wilfred.bion jacques.lacan beth.stamm tage.kristensen
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.replacingOccurrences(of: ".", with: " ") })

    /// The surnames of `citedAuthors` ("miller"), which are also ordinary family names: a name may extend over them.
    static let citedSurnames: Set<String> = Set(citedAuthors.compactMap { $0.split(separator: " ").last.map(String.init) })

    private static let function = """
    a an the this that these those i me my mine we us our ours you your he him his she her hers it its they them \
    their theirs who whom whose which what where when why how whether if then than so and but or nor yet for of \
    in on at by to from with without within into onto upon about above below over under after before during \
    since until till while as because although though unless once also too very just only even still again \
    not no yes all any some many much more most few less least each every either neither both other another \
    such same own there here now today tomorrow yesterday tonight later soon earlier already always never \
    sometimes often usually maybe perhaps probably possibly certainly clearly actually really quite rather \
    is am are was were be been being have has had do does did will would shall should can could may might must \
    one two three four five six seven eight nine ten first second third fourth fifth last next final
    """

    private static let starters = """
    afterwards afterward overall initially finally eventually meanwhile however therefore thus hence instead \
    notably interestingly importantly similarly additionally moreover furthermore nevertheless nonetheless \
    later next then again looking reflecting thinking noticing feeling feelings noticed felt thought wondered \
    realised realized wondering hoping going coming trying looking seeing hearing sitting walking driving \
    toward towards despite given based according regarding re note notes plan plans goal goals action \
    summary reflection reflections observation observations question questions answer thoughts hmm ok okay \
    yeah well oh sure true false good bad better worse best worst great fine hard easy new old big small \
    long short high low early late whole part half much lots several something nothing everything anything \
    someone anyone everyone nobody somebody everybody self myself himself herself themselves ourselves \
    yourself itself what's that's it's i'm i've i'd i'll we're we've they're they've he's she's there's \
    let's don't didn't doesn't can't couldn't wouldn't shouldn't won't isn't wasn't weren't haven't hasn't \
    what how why where who when which whatever wherever whenever however whoever mid pre post non \
    describe describing description evaluate evaluation analysis conclusion trigger triggers triggered \
    origin origins manifestation manifestations effect effects management managing managed session sessions \
    today's tomorrow's yesterday's week's month's year's weekend weekday morning afternoon evening night noon \
    midnight am pm hour hours minute minutes day days week weeks month months year years time times \
    date dates number numbers item items rating ratings score scores scale scales intensity level levels \
    total average mean range baseline follow up check in checkin check-in pulse journal journaling \
    key points point topic topics theme themes pattern patterns step steps stage stages phase phases \
    group groups individual family families home work school office clinic ward unit team staff \
    remote online telehealth video phone call calls email emails message messages text texts letter
    """

    private static let calendar = """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun \
    january february march april may june july august september october november december \
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter \
    christmas easter ramadan eid diwali hanukkah passover thanksgiving halloween new year's eve \
    mother's father's valentine's anzac boxing labor labour memorial independence day holiday holidays
    """

    private static let clinical = """
    client clients patient patients therapist therapists counsellor counselor counsellors counselors \
    supervisor supervisors supervisee supervisees supervision trainee trainees clinician clinicians \
    psychologist psychiatrist psychiatry psychology social worker nurse doctor gp physician \
    therapy therapies therapeutic counselling counseling psychotherapy treatment intervention interventions \
    assessment assessments diagnosis formulation case conceptualisation conceptualization \
    cbt dbt act emdr ifs mbct mbsr cft cpt pe tf psychodynamic psychoanalytic person-centred person-centered \
    cognitive behavioural behavioral behaviour behavior dialectical acceptance commitment motivational \
    interviewing schema emotion emotions emotional focused narrative exposure prolonged processing systems \
    systemic internal compassion compassionate mindfulness mindful solution solution-focused brief \
    attachment trauma trauma-informed grief loss anxiety depression depressive panic phobia ocd ptsd adhd \
    asd autism bipolar psychosis disorder disorders eating substance alcohol drug drugs use misuse \
    self-harm suicidal suicide ideation risk safety crisis hotline lifeline helpline emergency \
    department hospital inpatient outpatient admission discharge referral intake \
    countertransference transference counter-transference empathy empathic rupture repair alliance \
    rapport boundary boundaries burnout fatigue exhaustion irritability detachment overwhelm overwhelmed \
    helpless inadequate positive satisfying special over-involved sexualized sexualised disengaged parental \
    protective criticized criticised mistreated hostile angry anger sadness sad fear shame guilt envy \
    frustration frustrated anxious nervous tired bored boredom irritated annoyed relieved calm hopeful \
    rescuing rescue avoidance avoidant approach withdrawal withdrawing over-talking \
    self-insight self-integration conceptualizing conceptualising \
    phq phq-9 gad gad-7 dass k10 pcl pcl-5 ors srs core core-10 oq cbi proqol dsm dsm-5 icd icd-11 \
    beck inventory questionnaire measure measures scored scoring subscale subscales \
    gibbs driscoll borton hawkins shohet proctor bernard hayes gelso friedman betan kristensen stamm \
    rogers rogerian freud freudian jung jungian winnicott bowlby klein kohut yalom linehan gottman \
    socratic miller rollnick seligman maslow erikson piaget bateman fonagy \
    seven-eyed discrimination model models mode modes formative normative restorative \
    parallel process reflective practice consultation peer peers review reviewed supervisory \
    mother father mum mom dad parent parents sister brother son daughter husband wife partner \
    boyfriend girlfriend grandmother grandfather grandma grandpa nan aunt uncle cousin child children \
    kid kids baby teen teenager adolescent adult adults friend friends colleague colleagues boss manager \
    mr mrs ms miss dr prof mx sir madam st saint ste
    """

    private static let culture = """
    english spanish french german italian portuguese chinese mandarin cantonese japanese korean vietnamese \
    arabic hindi urdu punjabi bengali tamil greek russian polish ukrainian turkish persian farsi hebrew \
    american australian british canadian irish scottish welsh indian pakistani african european asian \
    latino latina latinx hispanic indigenous aboriginal maori māori pacific islander black white \
    christian catholic protestant muslim islamic jewish hindu buddhist sikh atheist agnostic \
    god lord bible quran church mosque synagogue temple \
    zoom teams skype facetime whatsapp google facebook instagram tiktok snapchat twitter youtube netflix \
    spotify reddit uber amazon apple microsoft word excel outlook iphone android \
    covid covid-19 coronavirus pandemic lockdown \
    north south east west northern southern eastern western central \
    university college department program programme course module unit placement practicum \
    state federal medicare medicaid nhs va aa na alcoholics anonymous narcotics al-anon \
    okay ok thanks thank please sorry hello hi dear
    """
}
