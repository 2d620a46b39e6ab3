/// Given names common in English-speaking countries, written for this guard from general knowledge of
/// published birth-name frequency tables (US SSA, UK ONS, Australian state registries) and kept modest on
/// purpose: the list catches the usual names, cues catch the rest. Lowercase, space-separated.
enum GivenNames {
    static let all: Set<String> = Set((common + " " + diverse).split(separator: " ").map(String.init))
        .subtracting(wordLike)

    /// Names that are also ordinary words; they count as names only with a cue ("her daughter Grace")
    /// or next to another name ("Grace Okafor").
    static let wordLike: Set<String> = Set("""
    will grace hope faith joy mark bill pat rose dawn frank art sue ray jack max chase hunter guy norm may june april \
    august summer autumn iris lily violet ruby amber crystal destiny heather holly ivy jasmine pearl sky star \
    river brook rocky sunny cliff dale glen wood miles rich sterling earl duke king prince bishop baker \
    carter cooper mason hope charity patience prudence honor justice harmony melody christian frank \
    bob don drew gene jean lane lee mercy page penny reed rob robin sandy scott son tom will bay blake \
    candy cole dean dee eve gay hall hazel ken kit lou nick pierce shay skip sol summer terry wade ward
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    private static let common = """
    james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony \
    donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob \
    gary nicholas eric jonathan stephen larry justin brandon benjamin samuel gregory alexander patrick \
    raymond dennis jerry tyler aaron henry adam nathan douglas zachary peter kyle noah ethan jeremy walter \
    christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan \
    joe albert willie gabriel logan alan juan wayne elijah randy roy vincent ralph eugene russell bobby \
    louis philip johnny liam oliver lucas jackson aiden caleb isaac owen luke connor hudson leo theo \
    harrison oscar archie alfie freddie harry charlie toby finn rory callum declan sebastian xavier \
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret \
    sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca \
    sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha \
    katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia \
    joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline \
    martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia denise \
    marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori \
    ava mia amelia harper ella chloe zoe zoey layla nora riley lily aria ellie scarlett isla freya \
    poppy evie millie matilda georgia imogen phoebe jessie tessa leah claire fiona siobhan niamh aoife \
    bridget colleen maureen eileen kathy lucy sophie grace emilia ruby willow hazel ivy eleanor clara \
    stella naomi audrey ellen esther miriam tamara vanessa veronica wendy yvonne bethany caitlin chelsea \
    courtney erin jenna kristen lindsay molly paige tiffany whitney
    """

    private static let diverse = """
    jose josé maría jesús carlos luis miguel jorge pedro diego alejandro javier antonio manuel francisco ricardo fernando \
    sofia sofía camila valentina lucia lucía isabel gabriela daniela mariana ximena guadalupe carmen rosa \
    ana andrés mateo santiago rafael alejandra paula elena beatriz inés ines marisol yolanda \
    mohammed muhammad ahmed ali omar hassan hussein ibrahim yusuf khalid tariq karim samir amir \
    fatima aisha ayesha zainab maryam leila layla noor yasmin amina nadia salma huda \
    raj rahul arjun vikram sanjay anil sunil ravi amit rohan aditya krishna ganesh suresh ramesh vijay \
    priya ananya divya kavya lakshmi meera pooja sunita anjali neha deepa shreya nisha aarav ishaan \
    wei jun hao ming yan xin jing li hui mei ling chen hiroshi takeshi kenji yuki haruto sakura yuna \
    hana minjun seojun jiwoo minseo seoyeon jihoon thanh minh linh nguyen tuan duc \
    kwame kofi kwabena ama akosua chidi chinedu emeka ngozi chioma adaeze oluwaseun tunde femi \
    folake amara zuri jabari imani aaliyah jamal darnell deshawn tyrone malik andre jaylen keisha \
    tanisha latoya ebony shanice precious thabo sipho lerato nomvula \
    dmitri ivan sergei nikolai olga tatiana natasha svetlana katya anastasia mikhail piotr agnieszka \
    katarzyna magdalena tomasz lukasz marek jakub zofia hans klaus jurgen greta ingrid astrid lars \
    sven bjorn henrik anders mette sigrid giovanni giuseppe marco luca francesca giulia chiara alessandro \
    matteo pierre jacques francois françois amelie amélie camille chloé manon mathieu nicolas aroha \
    tane mere wiremu ngaio kai mele sione losa tevita
    """
}
