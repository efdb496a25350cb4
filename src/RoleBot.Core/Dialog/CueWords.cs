using System.Collections.Frozen;

namespace RoleBot.Core.Dialog;

/// <summary>The words and phrases that signal what kind of answer a question wants.</summary>
internal static class CueWords
{
    public static readonly string[] Greetings =
        ["hi", "hello", "hey", "hiya", "howdy", "yo", "morning", "afternoon", "evening", "greetings", "thanks", "thank", "thx", "cheers", "ty", "bye", "goodbye"];

    /// <summary>Requests for made-up content, which RoleBot does not write whatever the subject ("a limerick about firewalls").</summary>
    public static readonly PhraseList CreativeRequests = new(
    [
        ["joke"], ["jokes"], ["poem"], ["poems"], ["limerick"], ["haiku"], ["a", "song"], ["lyrics"], ["a", "story"], ["an", "essay"],
        ["riddle"], ["translate"], ["write", "me"], ["compose"], ["sing"],
    ]);

    /// <summary>
    /// History, trivia, schedules and shopping advice: "when was the first virus written?", "who founded Google?", "a good
    /// antivirus for my home laptop?". RoleBot answers who owns what at work; it knows no history and recommends no products.
    /// </summary>
    public static readonly PhraseList Trivia = new(
    [
        ["when", "was"], ["when", "did"], ["when", "is", "the", "next"], ["what", "year"], ["which", "year"], ["what", "time"],
        ["standup"], ["all", "hands"], ["town", "hall"], ["who", "invented"],
        ["who", "founded"], ["who", "was", "the", "first"], ["who", "was", "the", "founder"], ["who", "is", "the", "founder"],
        ["for", "my", "home"], ["for", "my", "personal"], ["my", "home", "wifi"], ["my", "home", "router"], ["my", "personal", "laptop"],
        ["my", "personal", "phone"], ["recommend", "a"], ["what", "brand"], ["which", "brand"],
    ]);

    /// <summary>Requests to do something rather than to say who does it: "can you reset my password?".</summary>
    public static readonly PhraseList ActionRequests = new(
    [
        ["can", "you", "reset"], ["could", "you", "reset"], ["please", "reset"], ["can", "you", "book"], ["can", "you", "order"],
        ["can", "you", "send"], ["can", "you", "install"], ["can", "you", "unlock"], ["can", "you", "create"], ["can", "you", "delete"],
        ["could", "you", "install"], ["could", "you", "unlock"], ["please", "unlock"], ["please", "install"], ["can", "you", "fix"],
        ["could", "you", "fix"], ["please", "fix"], ["my", "monitor"], ["second", "monitor"], ["my", "mouse"],
        ["my", "keyboard"], ["my", "printer"], ["the", "printer"],
    ]);

    /// <summary>
    /// Things other departments own even when technology is involved ("the product roadmap for the app", "our social
    /// media accounts"); only an incident involving them ("our social media account was hacked") is RoleBot's business.
    /// </summary>
    public static readonly PhraseList OtherOwners = new(
    [
        ["product", "roadmap"], ["product", "roadmaps"], ["social", "media"], ["brand", "guidelines"], ["press", "release"],
        ["marketing", "campaign"], ["marketing", "campaigns"], ["sales", "targets"],
    ]);

    /// <summary>Figures asked about a hypothetical ("what are the odds we get hit this year?"), which report no incident.</summary>
    public static readonly string[] Hypothetical = ["odds", "chances", "chance", "likelihood", "probability", "likely"];

    /// <summary>Social events: whoever is invited, they are nobody's responsibility here unless something happened.</summary>
    public static readonly string[] SocialEvents =
        ["christmas", "xmas", "birthday", "invited", "celebration", "drinks", "picnic", "barbecue", "bbq"];

    /// <summary>Well-known technology companies, which people ask the news about ("did AWS have an outage today?").</summary>
    public static readonly string[] Companies =
    [
        "aws", "amazon", "azure", "microsoft", "google", "apple", "meta", "facebook", "nvidia", "crowdstrike", "cloudflare", "okta",
        "oracle", "ibm", "salesforce", "openai", "tesla", "netflix",
    ];

    /// <summary>Words of news and trivia about a company: today's events, its people, its stock.</summary>
    public static readonly string[] NewsWords = ["today", "yesterday", "news", "latest", "ceo", "founder", "stock", "announced", "released"];

    /// <summary>Arithmetic between numbers: "17 times 23".</summary>
    public static readonly string[] ArithmeticWords = ["times", "plus", "minus", "divided", "multiplied", "squared"];

    /// <summary>Pay and personal matters, which the documents say nothing about even for the CIO or CISO ("a CISO's salary").</summary>
    public static readonly string[] PayWords =
        ["salary", "salaries", "compensation", "earn", "earns", "earning", "wage", "wages", "paycheck", "payslip", "bonus", "bonuses"];

    /// <summary>Words after a role's name that ask about the role itself: "the CIO job", "the CISO's role".</summary>
    public static readonly string[] RoleNouns = ["job", "role", "position", "title", "responsibilities", "duties", "remit", "function"];

    /// <summary>Words that go with a greeting or a thank-you and ask for nothing: "thanks, super helpful!".</summary>
    public static readonly string[] SmallTalk =
    [
        "lot", "much", "so", "bot", "rolebot", "everyone", "all", "super", "helpful", "useful", "great", "awesome", "perfect",
        "nice", "cool", "brilliant", "excellent", "appreciate", "appreciated", "love", "amazing", "again", "mate", "team",
        "buddy", "friend", "folks", "guys", "there", "very", "really", "good", "job", "work", "that", "was", "is", "it",
    ];

    public static readonly PhraseList HelpPhrases = new(
    [
        ["help"], ["what", "can", "you", "do"], ["what", "do", "you", "do"], ["who", "are", "you"], ["what", "are", "you"],
        ["how", "do", "you", "work"], ["how", "does", "this", "work"], ["what", "can", "i", "ask"], ["what", "should", "i", "ask"],
        ["usage"], ["commands"], ["examples"], ["getting", "started"], ["how", "to", "use"],
        ["how", "do", "i", "use"], ["how", "can", "i", "use"], ["how", "does", "it", "work"], ["what", "is", "this"],
    ]);

    public static readonly PhraseList StatisticPhrases = new(
    [
        ["how", "many"], ["how", "much"], ["what", "percentage"], ["percentage"], ["what", "share"], ["share", "of"], ["proportion"],
        ["fraction"], ["statistics"], ["statistic"], ["figures"], ["a", "figure"], ["the", "figure"], ["any", "figure"],
        ["one", "figure"], ["figure", "on"], ["figure", "for"], ["figure", "behind"], ["numbers"], ["number", "of"], ["any", "data", "on"],
        ["how", "common"], ["how", "often"], ["how", "likely"], ["survey"], ["surveys"], ["research"], ["studies"], ["study"],
        ["ratio"], ["percent"], ["rate"], ["%"], ["portion"], ["number"], ["percentages"], ["in", "numbers"],
    ]);

    public static readonly PhraseList ReportingPhrases = new(
    [
        ["report", "to"], ["reports", "to"], ["reporting", "to"], ["report", "into"], ["reports", "into"], ["reporting", "line"],
        ["reporting", "lines"], ["reporting", "structure"], ["reporting", "structures"], ["reporting", "chain"], ["answer", "to"],
        ["answers", "to"], ["deputy"], ["subordinate"], ["underling"], ["cio", "boss"], ["ciso", "boss"], ["their", "boss"], ["whose", "boss"], ["boss", "of"], ["sit", "under"], ["sits", "under"], ["dotted", "line"], ["org", "chart"], ["hierarchy"],
        ["reporting"], ["report", "directly"], ["reports", "directly"], ["report", "into"], ["report", "straight"],
        ["reports", "straight"], ["report", "outside"], ["reports", "outside"],
    ]);

    public static readonly PhraseList RolePhrases = new(
    [
        ["what", "does"], ["what", "do"], ["what", "is"], ["who", "is"], ["tell", "me", "about"], ["describe"], ["explain"],
        ["job", "description"], ["role", "of"], ["about", "the"], ["profile"], ["day", "in", "the", "life"],
        ["rundown"], ["overview"], ["summary"], ["actually", "does"], ["actually", "do"],
    ]);

    public static readonly PhraseList CareerPhrases = new(
    [
        ["become"], ["becoming"], ["career"], ["transition"], ["move", "into"], ["move", "up"], ["promoted"], ["promotion"],
        ["step", "up"], ["path"], ["grow", "into"], ["wants", "the", "cio"], ["wants", "the", "ciso"], ["want", "the", "cio"],
        ["want", "the", "ciso"], ["next", "step"], ["good", "fit"], ["fit", "for"], ["qualified"], ["qualify"], ["ready", "for"],
    ]);

    /// <summary>Words that only ever ask for a comparison, whatever else the question says.</summary>
    public static readonly PhraseList ExplicitComparisons = new(
    [
        ["difference"], ["differences"], ["differ"], ["differently"], ["compare"], ["compared"], ["comparison"], ["vs"], ["versus"],
        ["contrast"], ["each"], ["between"], ["split"], ["is", "more"], ["is", "less"],
    ]);

    public static readonly PhraseList ComparisonPhrases = new(
    [
        ["difference"], ["differences"], ["differ"], ["different"], ["differently"], ["distinguish"], ["compare"], ["compared"],
        ["comparison"], ["vs"], ["versus"], ["overlap"], ["overlaps"], ["overlapping"], ["intersect"], ["in", "common"],
        ["collaborate"], ["collaboration"], ["work", "together"], ["working", "together"], ["partner"], ["partnership"],
        ["conflict"], ["conflicts"], ["tension"], ["tensions"], ["clash"], ["fight"], ["fights"], ["disagree"], ["measured"],
        ["war"], ["at", "odds"], ["battle"], ["rivalry"], ["which", "is", "which"], ["goes", "wrong"], ["go", "wrong"], ["went", "wrong"],
        ["measure"], ["metrics"], ["kpi"], ["approach"], ["mindset"], ["best", "practice"], ["best", "practices"],
        ["relationship"], ["similar"], ["similarities"], ["contrast"], ["get", "along"], ["align"], ["both"],
    ]);

    /// <summary>Phrases of somebody in the middle of an incident, asking what to do or whom to call.</summary>
    public static readonly PhraseList UrgentPhrases = new(
    [
        ["hit", "by"], ["hit", "with"], ["got", "hit"], ["been", "hit"], ["were", "hit"], ["we", "are", "hit"], ["been", "hacked"],
        ["got", "hacked"], ["were", "hacked"], ["was", "hacked"], ["are", "hacked"], ["i", "clicked"], ["clicked", "on"],
        ["just", "clicked"], ["under", "attack"], ["being", "attacked"], ["what", "do", "i", "do"], ["what", "should", "i", "do"],
        ["what", "do", "we", "do"], ["what", "should", "we", "do"], ["what", "now"], ["who", "do", "i", "call"],
        ["who", "do", "i", "contact"], ["who", "do", "i", "tell"], ["who", "do", "i", "notify"], ["who", "do", "i", "report"],
        ["who", "do", "i", "alert"], ["who", "do", "i", "inform"], ["who", "do", "i", "wake"], ["who", "do", "i", "page"],
        ["who", "do", "we", "page"], ["who", "should", "i", "wake"], ["who", "should", "i", "page"], ["who", "do", "i", "need", "to"], ["who", "do", "we", "need", "to"], ["who", "do", "we", "call"], ["who", "do", "we", "contact"],
        ["who", "do", "we", "tell"], ["who", "do", "we", "notify"], ["who", "should", "i", "call"], ["who", "should", "i", "contact"],
        ["who", "should", "i", "tell"], ["who", "should", "i", "notify"], ["who", "should", "we", "call"],
        ["who", "should", "we", "contact"], ["who", "should", "we", "tell"], ["who", "should", "we", "notify"],
        ["who", "should", "be", "told"], ["who", "should", "be", "notified"], ["who", "should", "be", "informed"],
        ["who", "needs", "to", "know"], ["who", "needs", "to", "be"], ["who", "must", "be"], ["who", "has", "to", "be"],
        ["who", "to", "call"], ["who", "to", "contact"], ["who", "to", "tell"], ["who", "to", "notify"], ["right", "now"],
        ["who", "do", "i", "escalate"], ["who", "do", "we", "escalate"], ["who", "should", "i", "escalate"], ["escalate", "this"],
        ["who", "do", "i", "ping"], ["who", "do", "i", "report", "this"],
        ["urgent"], ["urgently"], ["emergency"], ["asap"], ["help", "us"], ["help", "me"],
        ["in", "the", "middle", "of"], ["brings", "them", "back"], ["bring", "them", "back"], ["bring", "it", "back"],
        ["back", "online"], ["back", "up", "and", "running"], ["ransom", "note"], ["i", "think", "we"], ["i", "think", "i"],
        ["we", "have", "a"], ["we", "had", "a"], ["there", "is", "a"], ["we", "just"], ["i", "just"], ["someone", "just"],
    ]);

    /// <summary>Events that, said of "we", "our", "I" or "my", mean an incident is happening.</summary>
    public static readonly string[] IncidentVerbs =
    [
        "hit", "hacked", "clicked", "breached", "compromised", "leaked", "leaking", "infected", "encrypted", "attacked", "down",
        "stolen", "phished", "opened", "entered", "downloaded", "lost", "locked", "exposed", "offline", "crashed", "spotted",
        "noticed", "detected", "seeing", "suspect", "received",
    ];

    public static readonly string[] FirstPerson = ["i", "we", "our", "my", "us", "me"];

    /// <summary>Words that make what follows something guarded against: "make sure", "prevent", "stop".</summary>
    public static readonly string[] Prevention =
    [
        "sure", "ensure", "ensures", "prevent", "prevents", "preventing", "stop", "stops", "stopping", "avoid", "avoids", "protect",
        "protects", "protecting", "guard", "guards", "defend", "defends", "block", "blocks", "before", "lock", "locks", "locking",
    ];

    /// <summary>
    /// Words that name a security incident itself. "incident" is not one: "who leads incident response?" asks about
    /// ownership, while "found malware on a server" reports an incident.
    /// </summary>
    public static readonly string[] IncidentWords =
    [
        "ransomware", "ransom", "malware", "virus", "trojan", "worm", "spyware", "keylogger", "breach", "breached", "leak", "leaked",
        "leaking", "phishing", "phished", "phish", "hack", "hacked", "hacker", "hackers", "attack", "attacked", "attacker",
        "attackers", "compromise", "compromised", "infected", "infection", "exfiltration", "exfiltrated", "intrusion", "ddos",
        "stolen", "encrypted", "suspicious", "scam", "spoofed", "fake", "fraud", "fraudulent", "impersonating", "impersonated",
        "impersonation", "pretending", "dumped", "weird", "unusual", "strange", "skimmed", "skimming", "tampered", "tampering", "lost",
        "exposed", "exfiltrating", "exfiltrate", "containment", "outbound", "beaconing", "anomalous",
    ];

    /// <summary>The stems of <see cref="IncidentWords"/>, for terms the analyzer has already stemmed.</summary>
    public static readonly FrozenSet<string> IncidentStems = IncidentWords.Select(Stemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that say something has happened or is happening, so an incident word reports an incident.</summary>
    public static readonly string[] EventMarkers =
    [
        "found", "spotted", "noticed", "seeing", "saw", "just", "yesterday", "today", "tonight", "morning", "still", "currently",
        "happening", "happened", "got", "getting", "keep", "keeps", "looks", "appears", "seems", "think", "suspect", "someone",
        "somebody", "apparently", "again", "now",
    ];

    /// <summary>
    /// The physical workplace: "security guards", "the fire alarm". These share words with IT security but are
    /// facilities' business, so they are declined even though "security" or "system" ties them to technology.
    /// </summary>
    public static readonly PhraseList WorkplacePhrases = new(
    [
        ["security", "guard"], ["security", "guards"], ["fire", "alarm"], ["fire", "alarms"], ["fire", "drill"], ["fire", "safety"],
        ["fire", "exit"], ["door", "code"], ["first", "aid"], ["smoke", "detector"], ["dress", "code"],
    ]);

    /// <summary>Who a figure counts: said without "we" or "our", a claim about them is about a figure.</summary>
    public static readonly string[] Populations = ["organizations", "organization", "executives", "leaders"];

    /// <summary>Words that make a statement general: "every year", "most", "typically".</summary>
    public static readonly string[] Generalities =
        ["every", "annually", "most", "majority", "typically", "usually", "generally", "common", "commonly", "normal", "unusual"];

    /// <summary>"the CIO's part in it", "what role does the CISO play in…": one role's share of something.</summary>
    public static readonly PhraseList RolePartPhrases = new(
    [
        ["part", "in"], ["part", "does"], ["part", "do"], ["role", "in"], ["play", "in"], ["plays", "in"], ["contribute", "to"],
        ["contribution", "to"], ["involvement", "in"], ["involved", "in"],
    ]);

    public static readonly string[] FollowUpStarts = ["and", "also", "plus"];

    public static readonly PhraseList FollowUpPhrases = new(
    [
        ["what", "about"], ["how", "about"], ["same", "for"], ["and", "for"], ["what", "of"], ["and", "what", "about"],
    ]);

    public static readonly string[] Pronouns = ["that", "this", "it", "those", "these", "them", "they", "there"];

    public static IEnumerable<string> All =>
        Greetings.Concat(SmallTalk).Concat(RoleNouns).Concat(IncidentVerbs).Concat(IncidentWords).Concat(EventMarkers).Concat(FirstPerson).Concat(FollowUpStarts).Concat(Pronouns)
            .Concat(PayWords).Concat(Prevention).Concat(Hypothetical).Concat(SocialEvents).Concat(ArithmeticWords).Concat(Companies).Concat(NewsWords).Concat(new[] { OtherOwners, RolePartPhrases, Trivia, ActionRequests, ExplicitComparisons, WorkplacePhrases, HelpPhrases, StatisticPhrases, ReportingPhrases, RolePhrases, CareerPhrases, ComparisonPhrases, UrgentPhrases, FollowUpPhrases }
                .SelectMany(list => list.Phrases).SelectMany(phrase => phrase))
            .Concat(CreativeRequests.Phrases.SelectMany(phrase => phrase));
}
