using System.Collections.Frozen;

namespace RoleBot.Core.Dialog;

/// <summary>The fixed word lists the dialog layer reads questions with.</summary>
internal static class Lexicon
{
    /// <summary>Words that carry no topic.</summary>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "onto", "about", "as",
        "and", "or", "but", "so", "if", "then", "than", "also", "just", "only", "really", "very", "still", "even",
        "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "whats", "whos",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done",
        "has", "have", "had", "having", "will", "would", "should", "could", "can", "shall", "may", "might", "must",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "she", "him", "her",
        "they", "them", "their", "theirs", "it", "its", "this", "that", "these", "those", "there", "here",
        "any", "some", "all", "each", "every", "no", "not", "please", "pls", "plz", "kindly", "hey", "ok", "okay",
        "tell", "know", "want", "need", "like", "get", "got", "go", "going", "let", "lets", "say", "said",
        "thing", "things", "stuff", "one", "ones", "someone", "somebody", "anyone", "anybody", "person", "people",
        "usually", "typically", "normally", "generally", "currently", "actually", "basically", "exactly",
        "company", "organization", "org", "here", "today", "now", "yet",
        "mainly", "mostly", "primarily", "chiefly", "largely", "directly", "often", "always", "never", "sometimes",
        "ever", "already", "again", "else", "other", "others", "another", "such", "much", "many", "more", "most",
        "less", "least", "few", "lot", "lots", "well", "too", "quite", "rather", "per", "via", "within", "without",
        "across", "over", "under", "before", "during", "between", "among", "around", "through", "throughout", "near",
        "out", "upon", "toward", "towards", "whether", "while", "because", "since", "until", "none", "both", "either",
        "sure", "think", "thinks", "reckon", "reckons", "guess", "suppose", "believe", "wonder", "wondering",
        "found", "find", "finds", "told", "tells", "telling", "wants", "wanted", "asked", "asking", "try", "trying",
        "figure", "figuring", "seem", "seems", "seemed", "looks", "appears", "gets", "getting", "keeps", "keep",
        "better", "good", "great", "bad", "quick", "quickly", "fast", "right", "whole", "entire", "probably", "maybe",
        "perhaps", "definitely", "certainly", "honestly", "literally", "yesterday", "tomorrow", "tonight", "morning",
        "week", "weeks", "month", "months", "year", "years", "last", "next", "first", "second", "two", "three",
        "guys", "folks", "anything", "something", "everything", "nothing", "way", "ways", "kind", "sort",
        "roughly", "approximately", "approx", "supposedly", "ideally", "hook", "give", "show", "surely", "vs", "versus", "case", "clearly", "obviously", "specific",
        "specifically", "simple", "simply", "plain", "english", "words",
        "%",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a noun phrase; after "not" they mark what a question sets aside ("not the IT budget").</summary>
    public static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "a", "an", "our", "my", "your", "their", "its", "any", "general", "wider", "whole", "overall",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The two sides people name when asking whose a thing is: "IT or security?".</summary>
    public static readonly FrozenSet<string> Sides = new[] { "it", "security", "cybersecurity", "cyber", "infosec", "technology" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs a contracted "not" attaches to ("shouldn't", "isn't"), which make a question rather than an exclusion.</summary>
    public static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "is", "are", "was", "were", "do", "does", "did", "should", "would", "could", "can", "will", "has", "have", "had", "must",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs and nouns of ownership: they say an ownership question is being asked, not about what.</summary>
    public static readonly FrozenSet<string> OwnershipWords = new[]
    {
        "own", "owns", "owned", "owner", "owners", "owning", "ownership",
        "lead", "leads", "leading", "led", "leader", "leaders",
        "handle", "handles", "handled", "handling", "handler",
        "manage", "manages", "managed", "managing",
        "run", "runs", "running", "ran",
        "responsible", "responsibility", "responsibilities", "accountable", "accountability",
        "charge", "oversee", "oversees", "overseeing", "oversight", "owning", "champion", "champions", "championing",
        "drive", "drives", "driving", "decide", "decides", "deciding", "decision", "decisions",
        "approve", "approves", "approving", "approval", "approvals", "authorize", "authorizes", "authorizing", "authorization",
        "agree", "agrees",
        "care", "look", "looks", "looking", "after", "deal", "deals", "dealing", "takes", "take",
        "job", "duty", "duties", "task", "tasks", "role", "roles", "domain", "turf", "remit", "area",
        "call", "contact", "ask", "talk", "go", "reach", "ping", "escalate", "escalation", "side", "part", "belong", "belongs",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The subset of <see cref="OwnershipWords"/> that asks "who owns it?" (nouns such as "role" do not).</summary>
    public static readonly FrozenSet<string> OwnershipCues = new[]
    {
        "own", "owns", "owned", "owner", "owners", "owning", "ownership", "lead", "leads", "leading", "led",
        "handle", "handles", "handled", "handling", "manage", "manages", "managed", "managing", "run", "runs", "running",
        "responsible", "accountable", "charge", "oversee", "oversees", "overseeing", "drive", "drives", "driving",
        "decide", "decides", "deciding", "approve", "approves", "approving", "belong", "belongs",
        "authorize", "authorizes", "authorizing", "agree", "agrees",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that, right after "which", only frame the question ("which exec owns…", "which team handles…").</summary>
    public static readonly FrozenSet<string> WhichFraming = new[]
    {
        "exec", "executive", "executives", "leader", "leaders", "person", "team", "department", "one", "officer", "boss",
        "manager", "function", "group", "side", "chief",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that fit almost any topic; they count for ranking but not for deciding a question is in scope.</summary>
    public static readonly FrozenSet<string> WeakWords = new[]
    {
        "business", "write", "writes", "writing", "create", "creates", "creating", "define", "defines", "defining",
        "build", "builds", "building", "maintain", "maintains", "maintaining", "develop", "develops", "developing",
        "implement", "implements", "implementing", "establish", "establishes", "coordinate", "coordinates",
        "conduct", "conducts", "conducting", "perform", "performs", "carry", "carries", "organise", "organises",
        "organize", "organizes", "arrange", "arranges", "arranging", "prepare", "prepares", "provide", "provides",
        "deliver", "delivers", "pick", "picks", "choose", "chooses", "sorts", "fix", "fixes", "happen", "happens",
        "needed", "needs", "required", "supposed", "expected", "allowed", "able", "responsible",
        "management", "team", "teams", "group", "department", "function", "program", "programme", "process",
        "processes", "plan", "plans", "overall", "new", "main", "day", "daily", "work", "works", "working",
        "make", "makes", "making", "ensure", "ensures", "set", "sets", "setting",
        "sign", "signs", "signing", "signed", "off", "down", "broke", "broken", "use", "uses", "using", "start", "starts", "check", "checks", "checking",
        "enterprise", "corporate", "companywide", "turn", "turns", "turning",
        "starting", "put", "puts", "putting", "up",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Business functions and workplace matters outside IT and security. A question about one of them ("the marketing
    /// budget", "sales commission payouts") is someone else's, unless it also names technology or security.
    /// </summary>
    public static readonly FrozenSet<string> OtherFunctions = new[]
    {
        "marketing", "sales", "salesforce", "commission", "commissions", "payout", "payouts", "payroll", "salary", "salaries",
        "bonus", "bonuses", "pay", "raise", "recruitment", "recruiting", "recruiter", "hr", "accounting", "accounts", "invoice",
        "invoices", "expenses", "expense", "catering", "kitchen", "canteen", "facilities", "office", "parking", "holiday",
        "holidays", "leave", "vacation", "pto", "brand", "branding", "logo", "advertising", "pr", "design", "designer",
        "graphic", "product", "pricing", "lease", "rent", "furniture", "cleaning", "party", "lunch", "travel", "benefits",
        "pension", "tax", "taxes", "revenue", "forecast", "pipeline", "quota", "customers", "cmo", "cfo", "coo", "chro",
        "coffee", "snacks", "desk", "desks", "chair", "chairs", "toilet", "toilets", "bathroom", "lift", "elevator",
        "aircon", "heating", "plants", "fridge", "microwave", "meeting", "room", "rooms", "floor", "alarm", "alarms",
        "sprinkler", "sprinklers", "evacuation", "building", "refund", "refunds", "sick", "cafeteria", "appraisal", "appraisals",
        "timesheet", "timesheets", "overtime", "commute", "maternity", "paternity", "logistics", "warehouse", "warehouses",
        "shipping", "inventory", "fleet", "price", "prices", "discount", "discounts", "ledger", "bookkeeping", "quarterly",
        "rota", "rotas", "roster", "rosters", "equity", "cofounder", "cofounders", "founders", "filings", "vat", "stock", "stocks",
        "hiring", "hire", "headcount",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Phrases for matters of other functions, read like <see cref="OtherFunctions"/>: "my performance review".</summary>
    public static readonly PhraseList OtherFunctionPhrases = new(
    [
        ["performance", "review"], ["performance", "reviews"], ["customer", "support"], ["customer", "service"], ["customer", "services"],
        ["annual", "review"], ["sick", "leave"], ["share", "price"], ["stock", "price"], ["financial", "reporting"],
        ["financial", "statements"], ["quarterly", "close"], ["per", "seat"], ["car", "park"], ["parking", "permit"], ["month", "end"], ["year", "end"], ["supply", "chain", "logistics"],
    ]);

    /// <summary>Words that tie a question to technology or security, whatever business function it mentions.</summary>
    public static readonly FrozenSet<string> TechnologyAnchors = new[]
    {
        "it", "technology", "technologies", "digital", "system", "systems", "software", "hardware", "platform", "platforms",
        "file", "files", "folder", "folders", "sensitive", "confidential", "iot", "sensor", "sensors", "usb", "pc", "pcs", "site",
        "sites", "online",
        "application", "applications", "tool", "tools", "tooling", "data", "database", "databases", "security", "secure",
        "securely", "cyber", "cybersecurity", "network", "networks", "cloud", "server", "servers", "laptop", "laptops",
        "device", "devices", "computer", "computers", "email", "account", "accounts", "password", "passwords", "access",
        "login", "logins", "mfa", "firewall", "firewalls", "vulnerability", "vulnerabilities", "patch", "patching",
        "backup", "backups", "erp", "crm", "saas", "ai", "automation", "infrastructure", "privacy", "compliance", "gdpr",
        "hipaa", "audit", "audits", "risk", "risks", "encryption", "plugin", "integration", "website", "portal", "phishing",
        "ciso", "cio", "vendor", "vendors", "supplier", "suppliers", "incident", "incidents", "breach", "outage",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abbreviations and spellings people type, mapped to the words the knowledge base uses.</summary>
    public static readonly FrozenDictionary<string, string[]> Expansions = new Dictionary<string, string[]>
    {
        ["mgmt"] = ["management"],
        ["tech"] = ["technology"],
        ["techs"] = ["technologies"],
        ["app"] = ["application"],
        ["apps"] = ["applications"],
        ["dept"] = ["department"],
        ["regs"] = ["regulations"],
        ["comms"] = ["communications"],
        ["config"] = ["configuration"],
        ["auth"] = ["authentication"],
        ["2fa"] = ["mfa"],
        ["mgt"] = ["management"],
        ["mgr"] = ["manager"],
        ["infra"] = ["infrastructure"],
        ["vuln"] = ["vulnerability"],
        ["vulns"] = ["vulnerabilities"],
        ["sec"] = ["security"],
        ["infosec"] = ["information", "security"],
        ["cybersec"] = ["cybersecurity"],
        ["cyberattack"] = ["cyber", "attack"],
        ["cyberattacks"] = ["cyber", "attacks"],
        ["pentest"] = ["penetration", "test"],
        ["pentests"] = ["penetration", "tests"],
        ["pentesting"] = ["penetration", "testing"],
        ["orgs"] = ["organizations"],
        ["companies"] = ["organizations"],
        ["firms"] = ["organizations"],
        ["businesses"] = ["organizations"],
        ["enterprises"] = ["organizations"],
        ["execs"] = ["executives"],
        ["exec"] = ["executive"],
        ["percent"] = ["percentage"],
        ["pct"] = ["percentage"],
        ["stats"] = ["statistics"],
        ["stat"] = ["statistic"],
        ["ai"] = ["ai"],
        ["ml"] = ["machine", "learning"],
        ["cios"] = ["cio"],
        ["cisos"] = ["ciso"],
        ["signoff"] = ["sign", "off"],
        ["rollout"] = ["roll", "out"],
        ["rollouts"] = ["roll", "outs"],
        ["dlp"] = ["data", "loss", "prevention"],
        ["kpi"] = ["kpi", "metrics"],
        ["kpis"] = ["kpi", "metrics"],
        ["mttd"] = ["mean", "time", "detect"],
        ["mttr"] = ["mean", "time", "respond"],
        ["email"] = ["email"],
        ["compliant"] = ["compliance"],
        ["cant"] = ["can", "not"],
        ["dont"] = ["do", "not"],
        ["doesnt"] = ["does", "not"],
        ["didnt"] = ["did", "not"],
        ["isnt"] = ["is", "not"],
        ["arent"] = ["are", "not"],
        ["wasnt"] = ["was", "not"],
        ["havent"] = ["have", "not"],
        ["hasnt"] = ["has", "not"],
        ["shouldnt"] = ["should", "not"],
        ["couldnt"] = ["could", "not"],
        ["wouldnt"] = ["would", "not"],
        ["im"] = ["i", "am"],
        ["ive"] = ["i", "have"],
        ["youre"] = ["you", "are"],
        ["theyre"] = ["they", "are"],
        ["whos"] = ["who", "is"],
        ["whats"] = ["what", "is"],
        ["wat"] = ["what"],
        ["wot"] = ["what"],
        ["wut"] = ["what"],
        ["thier"] = ["their"],
        ["teh"] = ["the"],
        ["u"] = ["you"],
        ["ur"] = ["your"],
        ["r"] = ["are"],
        ["pls"] = ["please"],
        ["plz"] = ["please"],
        ["bc"] = ["because"],
        ["tldr"] = ["summary"],
        ["rn"] = ["right", "now"],
        ["ir"] = ["incident", "response"],
        ["db"] = ["database"],
        ["dbs"] = ["databases"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words after "IT" in lower case that show the department is meant ("the it budget") rather than the pronoun.
    /// </summary>
    public static readonly FrozenSet<string> DepartmentFollowers = new[]
    {
        "budget", "budgets", "strategy", "operations", "ops", "governance", "spend", "spending", "systems", "system",
        "infrastructure", "support", "service", "services", "leadership", "leader", "leaders", "department", "team",
        "roadmap", "projects", "project", "performance", "security", "risk", "investment", "investments", "costs",
        "helpdesk", "help", "staff", "vendors", "estate", "assets", "function", "director", "head", "management",
    }.ToFrozenSet(StringComparer.Ordinal);
}
