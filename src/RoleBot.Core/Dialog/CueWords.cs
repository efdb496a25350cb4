using System.Collections.Frozen;

namespace RoleBot.Core.Dialog;

/// <summary>
/// The words and phrases that signal what kind of answer a question wants: what each list is for. The words themselves
/// are data, in <c>knowledge/language/en/cues.yml</c>.
/// </summary>
internal static class CueWords
{
    public static readonly string[] Greetings = Cues.Words(nameof(Greetings));

    /// <summary>Requests for made-up content, which RoleBot does not write whatever the subject ("a limerick about firewalls").</summary>
    public static readonly PhraseList CreativeRequests = Cues.Phrases(nameof(CreativeRequests));

    /// <summary>
    /// History, trivia, schedules and shopping advice: "when was the first virus written?", "who founded Google?", "a good
    /// antivirus for my home laptop?". RoleBot answers who owns what at work; it knows no history and recommends no products.
    /// </summary>
    public static readonly PhraseList Trivia = Cues.Phrases(nameof(Trivia));

    /// <summary>Requests to do something rather than to say who does it: "can you reset my password?".</summary>
    public static readonly PhraseList ActionRequests = Cues.Phrases(nameof(ActionRequests));

    /// <summary>
    /// Things other departments own even when technology is involved ("the product roadmap for the app", "our social
    /// media accounts"); only an incident involving them ("our social media account was hacked") is RoleBot's business.
    /// </summary>
    public static readonly PhraseList OtherOwners = Cues.Phrases(nameof(OtherOwners));

    /// <summary>Executive roles the knowledge base does not cover: "what does our CTO do?" is declined, not answered about the CIO.</summary>
    public static readonly PhraseList OtherRoles = Cues.Phrases(nameof(OtherRoles));

    /// <summary>Figures asked about a hypothetical ("what are the odds we get hit this year?"), which report no incident.</summary>
    public static readonly string[] Hypothetical = Cues.Words(nameof(Hypothetical));

    /// <summary>Social events: whoever is invited, they are nobody's responsibility here unless something happened.</summary>
    public static readonly string[] SocialEvents = Cues.Words(nameof(SocialEvents));

    /// <summary>Well-known technology companies, which people ask the news about ("did AWS have an outage today?").</summary>
    public static readonly string[] Companies = Cues.Words(nameof(Companies));

    /// <summary>Words of news and trivia about a company: today's events, its people, its stock.</summary>
    public static readonly string[] NewsWords = Cues.Words(nameof(NewsWords));

    /// <summary>Arithmetic between numbers: "17 times 23".</summary>
    public static readonly string[] ArithmeticWords = Cues.Words(nameof(ArithmeticWords));

    /// <summary>Pay and personal matters, which the documents say nothing about even for the CIO or CISO ("a CISO's salary").</summary>
    public static readonly string[] PayWords = Cues.Words(nameof(PayWords));

    /// <summary>Words after a role's name that ask about the role itself: "the CIO job", "the CISO's role".</summary>
    public static readonly string[] RoleNouns = Cues.Words(nameof(RoleNouns));

    /// <summary>Words that go with a greeting or a thank-you and ask for nothing: "thanks, super helpful!".</summary>
    public static readonly string[] SmallTalk = Cues.Words(nameof(SmallTalk));

    public static readonly PhraseList HelpPhrases = Cues.Phrases(nameof(HelpPhrases));

    public static readonly PhraseList StatisticPhrases = Cues.Phrases(nameof(StatisticPhrases));

    public static readonly PhraseList ReportingPhrases = Cues.Phrases(nameof(ReportingPhrases));

    public static readonly PhraseList RolePhrases = Cues.Phrases(nameof(RolePhrases));

    public static readonly PhraseList CareerPhrases = Cues.Phrases(nameof(CareerPhrases));

    /// <summary>Words that only ever ask for a comparison, whatever else the question says.</summary>
    public static readonly PhraseList ExplicitComparisons = Cues.Phrases(nameof(ExplicitComparisons));

    public static readonly PhraseList ComparisonPhrases = Cues.Phrases(nameof(ComparisonPhrases));

    /// <summary>Phrases of somebody in the middle of an incident, asking what to do or whom to call.</summary>
    public static readonly PhraseList UrgentPhrases = Cues.Phrases(nameof(UrgentPhrases));

    /// <summary>Events that, said of "we", "our", "I" or "my", mean an incident is happening.</summary>
    public static readonly string[] IncidentVerbs = Cues.Words(nameof(IncidentVerbs));

    public static readonly string[] FirstPerson = Cues.Words(nameof(FirstPerson));

    /// <summary>Words that come before a noun, after which "see so" is the CISO rather than "I see so many".</summary>
    public static readonly string[] Determiners = Cues.Words(nameof(Determiners));

    /// <summary>Words that make what follows something guarded against: "make sure", "prevent", "stop".</summary>
    public static readonly string[] Prevention = Cues.Words(nameof(Prevention));

    /// <summary>
    /// Words that name a security incident itself. "incident" is not one: "who leads incident response?" asks about
    /// ownership, while "found malware on a server" reports an incident.
    /// </summary>
    public static readonly string[] IncidentWords = Cues.Words(nameof(IncidentWords));

    /// <summary>The stems of <see cref="IncidentWords"/>, for terms the analyzer has already stemmed.</summary>
    public static readonly FrozenSet<string> IncidentStems = IncidentWords.Select(Stemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that say something has happened or is happening, so an incident word reports an incident.</summary>
    public static readonly string[] EventMarkers = Cues.Words(nameof(EventMarkers));

    /// <summary>
    /// The physical workplace: "security guards", "the fire alarm". These share words with IT security but are
    /// facilities' business, so they are declined even though "security" or "system" ties them to technology.
    /// </summary>
    public static readonly PhraseList WorkplacePhrases = Cues.Phrases(nameof(WorkplacePhrases));

    /// <summary>Who a figure counts: said without "we" or "our", a claim about them is about a figure.</summary>
    public static readonly string[] Populations = Cues.Words(nameof(Populations));

    /// <summary>Words that make a statement general: "every year", "most", "typically".</summary>
    public static readonly string[] Generalities = Cues.Words(nameof(Generalities));

    /// <summary>"the CIO's part in it", "what role does the CISO play in…": one role's share of something.</summary>
    public static readonly PhraseList RolePartPhrases = Cues.Phrases(nameof(RolePartPhrases));

    public static readonly string[] FollowUpStarts = Cues.Words(nameof(FollowUpStarts));

    public static readonly PhraseList FollowUpPhrases = Cues.Phrases(nameof(FollowUpPhrases));

    public static readonly string[] Pronouns = Cues.Words(nameof(Pronouns));

    /// <summary>Words that ask for a person.</summary>
    public static readonly string[] WhoWords = Cues.Words(nameof(WhoWords));

    /// <summary>Words that make a sentence a question; the last such sentence of a long message may be what it asks.</summary>
    public static readonly string[] QuestionWords = Cues.Words(nameof(QuestionWords));

    /// <summary>Nouns a "who" can follow without asking who owns something: "the people who approve it".</summary>
    public static readonly string[] GroupNouns = Cues.Words(nameof(GroupNouns));

    /// <summary>Words that head a role's title the way its name does: "the head of IT's job".</summary>
    public static readonly string[] TitleHeads = Cues.Words(nameof(TitleHeads));

    /// <summary>Words that take back an incident word one or two words after them: "never hacked".</summary>
    public static readonly string[] IncidentNegators = Cues.Words(nameof(IncidentNegators));

    /// <summary>"in charge", "look after": phrases that ask who owns something.</summary>
    public static readonly PhraseList OwnershipPhrases = Cues.Phrases(nameof(OwnershipPhrases));

    /// <summary>Verbs that open a yes-or-no question.</summary>
    public static readonly string[] StatusAuxiliaries = Cues.Words(nameof(StatusAuxiliaries));

    /// <summary>"we", "our", "us": the asker's organisation as a subject.</summary>
    public static readonly string[] CollectiveFirstPerson = Cues.Words(nameof(CollectiveFirstPerson));

    /// <summary>"if", "whether": a yes-or-no question inside a sentence.</summary>
    public static readonly string[] EmbeddingWords = Cues.Words(nameof(EmbeddingWords));

    /// <summary>"the company", "the organisation": the asker's organisation named as a subject.</summary>
    public static readonly PhraseList OurOrganisation = Cues.Phrases(nameof(OurOrganisation));

    /// <summary>"have to", "must", "required": a duty, which asks who carries it out.</summary>
    public static readonly PhraseList ObligationPhrases = Cues.Phrases(nameof(ObligationPhrases));

    public static IEnumerable<string> All =>
        Greetings.Concat(SmallTalk).Concat(RoleNouns).Concat(IncidentVerbs).Concat(IncidentWords).Concat(EventMarkers).Concat(FirstPerson).Concat(Determiners).Concat(FollowUpStarts).Concat(Pronouns).Concat(WhoWords).Concat(GroupNouns).Concat(TitleHeads)
            .Concat(PayWords).Concat(Prevention).Concat(Hypothetical).Concat(SocialEvents).Concat(ArithmeticWords).Concat(Companies).Concat(NewsWords).Concat(StatusAuxiliaries).Concat(CollectiveFirstPerson).Concat(EmbeddingWords).Concat(IncidentNegators).Concat(new[] { OtherOwners, OurOrganisation, ObligationPhrases, OwnershipPhrases, OtherRoles, RolePartPhrases, Trivia, ActionRequests, ExplicitComparisons, WorkplacePhrases, HelpPhrases, StatisticPhrases, ReportingPhrases, RolePhrases, CareerPhrases, ComparisonPhrases, UrgentPhrases, FollowUpPhrases }
                .SelectMany(list => list.Phrases).SelectMany(phrase => phrase))
            .Concat(CreativeRequests.Phrases.SelectMany(phrase => phrase));
}
