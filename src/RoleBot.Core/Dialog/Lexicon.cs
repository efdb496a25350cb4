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
        "company", "organisation", "organization", "org", "business", "here", "today", "now", "yet",
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
        "charge", "oversee", "oversees", "overseeing", "oversight", "owning",
        "drive", "drives", "driving", "decide", "decides", "deciding", "decision", "decisions",
        "approve", "approves", "approving", "approval", "approvals",
        "care", "look", "looks", "looking", "after", "deal", "deals", "dealing", "takes", "take",
        "job", "duty", "duties", "task", "tasks", "role", "roles", "domain", "turf", "remit", "area",
        "call", "contact", "ask", "talk", "go", "reach", "ping", "escalate", "escalation", "side", "part", "belong", "belongs",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that fit almost any topic; they count for ranking but not for deciding a question is in scope.</summary>
    public static readonly FrozenSet<string> WeakWords = new[]
    {
        "management", "team", "teams", "group", "department", "function", "program", "programme", "process",
        "processes", "plan", "plans", "overall", "new", "main", "day", "daily", "work", "works", "working",
        "make", "makes", "making", "keep", "keeps", "ensure", "ensures", "set", "sets", "setting",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Abbreviations and spellings people type, mapped to the words the knowledge base uses.</summary>
    public static readonly FrozenDictionary<string, string[]> Expansions = new Dictionary<string, string[]>
    {
        ["mgmt"] = ["management"],
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
        ["orgs"] = ["organisations"],
        ["organizations"] = ["organisations"],
        ["organization"] = ["organisation"],
        ["companies"] = ["organisations"],
        ["firms"] = ["organisations"],
        ["businesses"] = ["organisations"],
        ["enterprises"] = ["organisations"],
        ["execs"] = ["executives"],
        ["exec"] = ["executive"],
        ["percent"] = ["percentage"],
        ["pct"] = ["percentage"],
        ["stats"] = ["statistics"],
        ["stat"] = ["statistic"],
        ["ai"] = ["ai"],
        ["ml"] = ["machine", "learning"],
        ["prioritise"] = ["prioritize"],
        ["prioritises"] = ["prioritize"],
        ["modernise"] = ["modernize"],
        ["modernises"] = ["modernize"],
        ["modernisation"] = ["modernization"],
        ["optimise"] = ["optimize"],
        ["optimising"] = ["optimizing"],
        ["authorise"] = ["authorize"],
        ["authorises"] = ["authorize"],
        ["behaviour"] = ["behavior"],
        ["programme"] = ["program"],
        ["analyse"] = ["analyze"],
        ["defence"] = ["defense"],
        ["cios"] = ["cio"],
        ["cisos"] = ["ciso"],
        ["signoff"] = ["sign", "off"],
        ["dlp"] = ["data", "loss", "prevention"],
        ["kpi"] = ["kpi", "metrics"],
        ["kpis"] = ["kpi", "metrics"],
        ["mttd"] = ["mean", "time", "detect"],
        ["mttr"] = ["mean", "time", "respond"],
        ["email"] = ["email"],
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
