using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RoleBot.Core.Answers;
using RoleBot.Core.Conversations;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Dialog;

// Lexical and semantic evidence blended: the lexical reading answers what it is sure of unless the nearest example
// questions say it is out of scope, or a close paraphrase of one reads it as another kind of question; otherwise they
// vote, and a clear vote for another entry, for a decline or for an answer the lexical reading missed wins. A question
// that names a role is also judged with the role taken out, since what it asks decides whether it is in scope.
public sealed partial class RoleBotDialog
{
    /// <summary>How many examples of one label are tried before it is taken to have no answer RoleBot can give.</summary>
    private const int RepresentativeTries = 25;

    /// <summary>How many neighbours that deny something, as the question does, it takes to say what the question is.</summary>
    private const int MinLikeDenials = 2;

    private readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<string, Representative?>> representatives = [];

    // The model and the example index take most of a second to load: start as soon as the dialog exists, so the first
    // question (often the only one, for `ask`) overlaps with it instead of waiting for all of it.
    private readonly Task? warming = semantic is { Enabled: true } model ? Task.Run(() => model.IndexFor(knowledge.Current.Knowledge)) : null;

    /// <summary>Answers one cleaned question given the previous turn; pure, so tests and benchmarks can call it.</summary>
    internal Answer Answer(string text, ConversationState? previous)
    {
        var snapshot = knowledge.Current;
        text = snapshot.SoundAlike.Rewrite(text);
        var answer = Blended(snapshot, text, previous);
        if (!answer.Answered)
        {
            return answer;
        }

        var query = snapshot.Analyzer.Analyze(text);
        var declined = (answer.Intent is Intent.Role or Intent.Reporting or Intent.Comparison or Intent.Statistic && AsksOnlyAboutUncoveredRoles(query))
            || IntentClassifier.AsksAboutOurOwnState(query);
        return declined ? PlainDecline(snapshot) : answer;
    }

    /// <summary>
    /// "What does our CTO do all day?": a role the knowledge base does not cover, and none it does. Its job, reporting
    /// line or figures are not the CIO's, however close the words; who owns a thing or whom to call still has an answer.
    /// </summary>
    private static bool AsksOnlyAboutUncoveredRoles(AnalyzedQuery query) => query.Roles.Count == 0 && CueWords.OtherRoles.FoundIn(query.Words);

    private Answer Blended(KnowledgeSnapshot snapshot, string text, ConversationState? previous)
    {
        var (lexical, guess) = LexicalAnswer(text, previous);
        return semantic is not { Enabled: true } || lexical.Intent == Intent.Help || (guess.IsFollowUp && previous is not null)
            ? lexical
            : AboutTheOneRoleNamed(snapshot, text, Voted(snapshot, text, lexical, guess, previous is not null));
    }

    /// <summary>
    /// A comparison answers a question that names one role and asks for no comparison ("how does a CIO approach risk?",
    /// "what metrics is the CIO judged on?") with both sides; that role's profile, which has the same aspects for it
    /// alone, is the answer asked for.
    /// </summary>
    private Answer AboutTheOneRoleNamed(KnowledgeSnapshot snapshot, string text, Answer answer)
    {
        if (answer is not { Answered: true, Intent: Intent.Comparison })
        {
            return answer;
        }

        var query = snapshot.Analyzer.Analyze(text);
        return query.Roles is [var role] && !CueWords.ExplicitComparisons.FoundIn(query.Words)
            && snapshot.Knowledge.RolesById.TryGetValue(role.Id, out var profile)
                ? new AnswerComposer(snapshot.Knowledge, organization.Value).Role(profile, answer.Confidence)
                : answer;
    }

    /// <param name="midConversation">Whether an earlier turn may have given the question its subject ("who's their boss?").</param>
    private Answer Voted(KnowledgeSnapshot snapshot, string text, Answer lexical, IntentGuess guess, bool midConversation)
    {
        var o = semantic!.Options;
        if (Semantic(snapshot, text) is not { } votes)
        {
            return lexical;
        }

        var (index, match) = (votes.Index, votes.Match);
        // All but word for word an example about the one role it names: that role's answer stands against the role-free reading.
        var copiesRoleExample = NearCopy(match, o) && votes.Query.Roles.Count < 2;

        // Without its role a question about the role itself ("what does CISO stand for?") is near nothing at all, and a
        // vote of distant neighbours means little: only a role-free question close to what must be declined is declined.
        // A question that sets both roles side by side is about them, whatever is left without them.
        if (votes.RoleFree is { } roleFree && roleFree.OutOfScopeProbability >= o.RoleFreeDeclineProbability
            && roleFree.Similarity >= o.MinSimilarity && votes.Query.Roles.Count < 2)
        {
            return Declined(snapshot, index, roleFree, PlainDecline(snapshot));
        }

        // Even a sure lexical answer is checked against its neighbours: "Who is the CISO at Google?" reads like a role
        // question word for word, but its nearest examples must all be declined.
        if (lexical.Answered && lexical.Confidence >= o.FastPathConfidence)
        {
            // A sure reading of an incident report stands while its neighbours lean at least as much to incidents as to
            // declines: "the CFO clicked a phish link" is near questions about the CFO, but the CFO is not what is asked.
            var reportStands = lexical.Intent == Intent.Escalation && match.IncidentProbability >= match.OutOfScopeProbability;
            if (ToDecline(match, o.FastPathDeclineProbability) && !reportStands)
            {
                return Declined(snapshot, index, match, PlainDecline(snapshot));
            }

            // "how does this tool work?": a word of the question names an entry ("tool"), but the neighbours agree the bot
            // itself is asked about, and no role is.
            if (match.IsHelp && match.Probability >= o.OverrideProbability && match.Similarity >= o.MinSimilarity && votes.Query.Roles.Count == 0)
            {
                return new AnswerComposer(snapshot.Knowledge, organization.Value).Help();
            }

            // The neighbours know nothing of earlier turns, which the lexical reading may have read the question by.
            if (!midConversation && NeighboursIgnoreTheLexicalEntry(votes.Query, match, lexical, o)
                && AnswerOf(snapshot, index, match, match.Label) is { } voted && voted.Intent == lexical.Intent && !SameReading(voted, lexical))
            {
                return Asked(snapshot, votes, voted with { Confidence = Math.Round(match.Probability, 3) });
            }

            var paraphrase = match.Similarity >= o.ParaphraseSimilarity && match.LabelProbability >= o.OverrideProbability
                && match.Neighbours[0].Example.Label == match.Label && !match.IsOutOfScope && !match.IsHelp
                ? AnswerOf(snapshot, index, match, match.Label)
                : null;
            var aboutRoles = paraphrase is { Intent: Intent.Reporting or Intent.Role or Intent.Comparison } && votes.RoleFree is { } topicVote && AboutATopic(topicVote, o)
                && !copiesRoleExample;
            var copiesAnotherEntry = copiesRoleExample && LabelWeight(match, $"{lexical.Intent}:{lexical.TopicId}", o) == 0;
            return Asked(snapshot, votes,
                paraphrase is not null && !aboutRoles && ParaphraseWins(snapshot, text, lexical, paraphrase, copiesAnotherEntry)
                    ? paraphrase with { Confidence = Math.Round(match.Probability, 3) }
                    : lexical);
        }

        var trusted = match.Similarity >= o.MinSimilarity && match.Probability >= o.AnswerProbability;
        // An incident report the lexical reading placed, and most neighbours take for one, is not declined for the
        // department it names ("cfo clicked a phish link"), as on the fast path.
        var placedReport = lexical is { Answered: true, Intent: Intent.Escalation } && match.IncidentProbability >= o.IncidentAnswerProbability;
        if (ToDecline(match, o.DeclineProbability) && !placedReport && !(trusted && !match.IsOutOfScope && PlainlyAsksForAnOwner(votes, o)))
        {
            return Declined(snapshot, index, match, lexical.Answered ? PlainDecline(snapshot) : lexical);
        }

        if (trusted && match.IsHelp)
        {
            return new AnswerComposer(snapshot.Knowledge, organization.Value).Help();
        }

        // A decline the lexical reading is explicit about ("what does a CISO earn?": pay) or an answer it gave unsure is
        // overturned only by a clear vote, and the explicit decline only when no neighbour at all must be declined, or
        // when the neighbours agree an incident is being reported and few must be declined: "impossible travel on the
        // cfo acct" names another department, but whose account it is does not make it less of an incident.
        var explicitDecline = !lexical.Answered && guess.Intent == Intent.Fallback;
        var likeDenials = LabelOfLikeDenials(snapshot.Analyzer, votes.Query, match, o);
        var label = likeDenials ?? match.Label;
        var replay = trusted && !match.IsOutOfScope && !match.IsHelp
            && (!explicitDecline || (match.Probability >= o.OverrideProbability && match.OutOfScopeProbability < o.UncontestedShare)
                || (match.IncidentProbability >= o.IncidentAnswerProbability && match.OutOfScopeProbability < o.IncidentProbability))
            && (!lexical.Answered || match.Probability >= o.OverrideProbability)
                ? AnswerOf(snapshot, index, match, label)
                : null;
        // "website defaced, who handles this, cio or ciso?": the role names pull the vote towards questions about the roles
        // themselves (their reporting lines, their jobs, how they differ); without them the question is clearly about a
        // topic. A comparison gives way only when the words ask for an owner too and name both roles as the candidates
        // ("whose job is pen testing, CIO or CISO?"); of one role, it becomes that role's profile (AboutTheOneRoleNamed).
        // The same holds for a close paraphrase above. Where the lexical reading already gives the one role named an entry
        // of its own on the topic ("what role does the CISO play in vendor management?": evaluating security vendors), that
        // is the topic's answer for it.
        if (replay is { Intent: Intent.Reporting or Intent.Role or Intent.Comparison } && votes.RoleFree is { } topical && AboutATopic(topical, o)
            && !copiesRoleExample
            && (replay.Intent != Intent.Comparison
                || (lexical is { Answered: true, Intent: Intent.Ownership or Intent.Escalation } && votes.Query.Roles.Count >= 2))
            && AnswerOf(snapshot, index, topical, topical.Label) is { } topicAnswer)
        {
            replay = lexical is { Answered: true, Intent: Intent.Ownership or Intent.Escalation, Owner: { } owner } && votes.Query.Roles is [var named] && owner == named
                ? lexical
                : topicAnswer;
        }

        // "What does CISSP stand for?" sounds like "what does CISO stand for?" to the sentence model; a role's profile answers
        // a question that names the role, or a near copy of one that describes it ("the boss of the security people").
        if (replay is { Intent: Intent.Role } && match.Similarity < o.ActKeepSimilarity && votes.Query.Roles.Count == 0)
        {
            replay = null;
        }

        // "Who owns IT strategy, the CIO or the CISO?" names both roles as candidates; the vote without them says what is asked.
        var roleFreeAgrees = votes.RoleFree is { } rf && rf.Probability >= o.OverrideProbability && rf.Similarity >= o.MinSimilarity && Answers(lexical, rf.Label)
            && !copiesRoleExample;
        if (replay is not null && !SameReading(replay, lexical) && !roleFreeAgrees && !TurnsGuardIntoReport(snapshot, text, lexical, replay)
            && (likeDenials is not null || !NeighboursAlsoChoose(match, lexical, replay, o)))
        {
            return Asked(snapshot, votes, replay with { Confidence = Math.Round(match.Probability, 3) });
        }

        if (lexical.Answered)
        {
            return Asked(snapshot, votes, lexical);
        }

        // The lexical reading saw an incident but no playbook fits, and the neighbours agree it is one: the incident they
        // point to most is a safer answer than a decline in the middle of an incident.
        if (guess.Intent == Intent.Escalation && match.IncidentProbability >= o.IncidentAnswerProbability
            && match.IncidentLabel is { } incident && AnswerOf(snapshot, index, null, incident) is { } playbook)
        {
            return Asked(snapshot, votes, playbook with { Confidence = Math.Round(match.IncidentProbability, 3) });
        }

        return Declined(snapshot, index, match, lexical);
    }

    /// <summary>
    /// <paramref name="answer"/>, unless what the question asks, its topic aside, is nearly always declined: "which GRC
    /// platform would you pick?", "what did we spend on security tools last year?", "write me an awareness policy" name a
    /// topic RoleBot knows but ask for advice, our own records or a document rather than an owner. A near copy of an
    /// example labelled in scope stays answered: that label is the organisation's word on it. The decline still says
    /// where to report an incident when the full vote leans that way.
    /// </summary>
    private Answer Asked(KnowledgeSnapshot snapshot, SemanticReading votes, Answer answer)
    {
        var o = semantic!.Options;
        var match = votes.Match;
        var labelledInScope = match.Similarity >= o.ActKeepSimilarity && !match.IsOutOfScope && match.Probability >= o.OverrideProbability;
        // "found malware in a file, what must I do?": with the incident taken out, what is left reads like a how-to, but
        // an incident the neighbours agree on is what makes "what do I do" a question for RoleBot.
        var reportedIncident = answer.Intent == Intent.Escalation && match.IncidentProbability >= o.IncidentAnswerProbability;
        return answer.Answered && !labelledInScope && !OnlyNearOneEntry(match, o) && !reportedIncident && votes.Act?.Value is { } act
            && act.OutOfScopeProbability >= o.ActDeclineProbability && act.Similarity >= o.ActMinSimilarity
                ? Declined(snapshot, votes.Index, match, PlainDecline(snapshot))
                : answer;
    }

    /// <summary>How <paramref name="text"/> is read, step by step, without remembering anything of it.</summary>
    public DialogExplanation Explain(string text)
    {
        var snapshot = knowledge.Current;
        var cleaned = TextCleaner.StripMarkup(text ?? "");
        var reading = snapshot.SoundAlike.Rewrite(cleaned);
        var votes = semantic is { Enabled: true } ? Semantic(snapshot, reading) : null;
        return new DialogExplanation(reading, LexicalAnswer(reading, null).Answer, votes?.Match, Answer(cleaned, null)) { RoleFree = votes?.RoleFree, Act = votes?.Act?.Value };
    }

    /// <summary>
    /// The votes on <paramref name="text"/>, or null when the sentence model cannot run here (a native library missing, an
    /// unreadable model file): RoleBot then answers with the lexical reading alone rather than failing the question.
    /// </summary>
    private SemanticReading? Semantic(KnowledgeSnapshot snapshot, string text)
    {
        try
        {
            var index = semantic!.IndexFor(snapshot.Knowledge);
            var acts = semantic.ActsFor(snapshot.Knowledge);
            var query = snapshot.Analyzer.Analyze(text);
            var roleFree = query.Roles.Count > 0 && query.ContentTerms.Count > 0 ? index.Match(string.Join(' ', query.RoleFreeWords)) : null;

            // The topic-free vote costs a second run of the model, and only an answer needs it.
            var asked = acts.Asked(string.Join(' ', query.Words));
            return new SemanticReading(index, query, index.Match(text), roleFree, asked is null ? null : new Lazy<SemanticMatch>(() => acts.Index.Match(asked)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException
            or DllNotFoundException or TypeInitializationException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            return null;
        }
    }

    private Answer PlainDecline(KnowledgeSnapshot snapshot) => new AnswerComposer(snapshot.Knowledge, organization.Value).Decline(DeclineText, [], 0);

    /// <summary>A decline, with where to report an incident when the message reads even weakly like one.</summary>
    private Answer Declined(KnowledgeSnapshot snapshot, SemanticIndex index, SemanticMatch match, Answer decline)
    {
        if (match.IncidentProbability < semantic!.Options.IncidentProbability)
        {
            return decline;
        }

        var playbookQuestions = snapshot.Knowledge.Playbooks
            .Select(p => new ExampleQuestion(p.Name, ExampleQuestion.Escalation, p.Id).Label)
            .OrderByDescending(label => match.Label == label)
            .Select(label => RepresentativeOf(snapshot, index, label)?.Text)
            .OfType<string>()
            .Take(3)
            .ToArray();
        return new AnswerComposer(snapshot.Knowledge, organization.Value).IncidentDecline(playbookQuestions, decline.Confidence);
    }

    /// <summary>
    /// A question that means what <paramref name="label"/> says, with its answer: the first example of that label that
    /// the lexical reading answers with the same intent and entry. Found once per label and knowledge base.
    /// </summary>
    private Representative? RepresentativeOf(KnowledgeSnapshot snapshot, SemanticIndex index, string label) =>
        representatives.GetValue(snapshot.Knowledge, _ => new(StringComparer.Ordinal))
            .GetOrAdd(label, l => Candidates(index, l).Select(text => new Representative(text, LexicalAnswer(text, null).Answer))
                .FirstOrDefault(c => Answers(c.Answer, l)));

    /// <summary>
    /// What the vote for <paramref name="label"/> answers: the nearest neighbour's answer, else a representative example's,
    /// else, for an owner or whom to call, the entry's own answer. The lexical reading of every example of an entry can miss
    /// it ("sales here crm is down, who can fix it" reads as nothing at all), and the vote still names the entry.
    /// </summary>
    private Answer? AnswerOf(KnowledgeSnapshot snapshot, SemanticIndex index, SemanticMatch? match, string label) =>
        (match is null ? null : NearestAnswer(match, label)) ?? RepresentativeOf(snapshot, index, label)?.Answer ?? EntryAnswer(snapshot, label);

    private Answer? EntryAnswer(KnowledgeSnapshot snapshot, string label)
    {
        var composer = new AnswerComposer(snapshot.Knowledge, organization.Value);
        return label.Split(':') switch
        {
            [ExampleQuestion.Escalation, var id] when snapshot.Knowledge.Playbooks.FirstOrDefault(p => p.Id == id) is { } playbook
                => composer.Escalation(playbook, 1),
            [var intent and (ExampleQuestion.Escalation or ExampleQuestion.Ownership), var id] when snapshot.Knowledge.ResponsibilitiesById.TryGetValue(id, out var r)
                => composer.Ownership(r, 1, intent == ExampleQuestion.Escalation ? Intent.Escalation : Intent.Ownership, null),
            _ => null,
        };
    }

    /// <summary>
    /// The answer to the nearest neighbour of <paramref name="label"/> that the lexical reading answers as labelled: the
    /// closest paraphrase carries the figure a question asks for, where any example of the entry carries only the entry.
    /// </summary>
    private Answer? NearestAnswer(SemanticMatch match, string label) =>
        match.Neighbours.Where(n => n.Example.Label == label)
            .Select(n => LexicalAnswer(n.Example.Text, null).Answer)
            .FirstOrDefault(a => Answers(a, label));

    private static IEnumerable<string> Candidates(SemanticIndex index, string label) =>
        index.Examples.Where(e => e.Label == label).Take(RepresentativeTries)
            .Select(e => e.Text);

    /// <summary>
    /// Whether a paraphrase's answer replaces a sure lexical one: when it reads the question as another kind of question,
    /// or, for the same kind, when the question is all but a copy of an example of another entry and no neighbour is of
    /// the lexical reading's entry (<paramref name="copiesAnotherEntry"/>: "some CISOs report straight to the CEO; roughly
    /// how many?" is not about digital transformation, while "who owns incident response?" stays incident response though
    /// its nearest example is about planning for it). Sentence vectors tell "how many CIOs…" from
    /// "what does the CIO do" well, but barely tell one role from the other or one neighbouring entry from the next, which
    /// the lexical reading sees word for word; so an answer about a role the question names is never swapped for one about
    /// another role, or for a comparison of both.
    /// </summary>
    private static bool ParaphraseWins(KnowledgeSnapshot snapshot, string text, Answer lexical, Answer paraphrase, bool copiesAnotherEntry)
    {
        if (paraphrase.Intent == lexical.Intent && !(copiesAnotherEntry && paraphrase.TopicId != lexical.TopicId))
        {
            return false;
        }

        // A comparison sets two roles side by side; a question that names just one asks about that one.
        var named = snapshot.Analyzer.Analyze(text).Roles;
        if (paraphrase.Intent == Intent.Comparison && named.Count == 1)
        {
            return false;
        }

        return !(lexical.Owner is { } owner && named.Contains(owner) && paraphrase.Owner is { } other && other != owner);
    }

    /// <summary>
    /// Whether the neighbours say the question must be declined: a large enough share of all of them, or of the asked
    /// questions alone, since names and aliases only say what a topic is called.
    /// </summary>
    private bool ToDecline(SemanticMatch match, double share) =>
        match.OutOfScopeProbability >= share || match.AskedOutOfScopeProbability >= semantic!.Options.AskedDeclineProbability;

    /// <summary>
    /// "Who makes sure our customer data never leaks?" asks who owns the defence. Incident reports are the nearest
    /// neighbours of such a question word for word, but a guarded-against incident is not one that happened. Only the
    /// prevention cues count here: a bare "not" ("not an attack afaik") is as common in reports as in questions.
    /// </summary>
    private static bool TurnsGuardIntoReport(KnowledgeSnapshot snapshot, string text, Answer lexical, Answer replay) =>
        lexical is { Answered: true, Intent: Intent.Ownership } && replay.Intent == Intent.Escalation
            && snapshot.Analyzer.Analyze(text).Words.Any(CueWords.Prevention.Contains);

    /// <summary>
    /// "prod db pinned at 100% and sending gigabytes to a foreign ip": the neighbours agree it is an incident but split
    /// between an outage and a data breach. When the entry the lexical reading chose carries about as much of their weight
    /// as the one they lean to, the words of the question settle it.
    /// </summary>
    internal static bool NeighboursAlsoChoose(SemanticMatch match, Answer lexical, Answer replay, SemanticOptions o)
    {
        if (!lexical.Answered || lexical.Intent != replay.Intent || lexical.TopicId is null)
        {
            return false;
        }

        var chosen = LabelWeight(match, $"{lexical.Intent}:{lexical.TopicId}", o);
        return chosen > 0 && chosen >= o.LexicalTieShare * LabelWeight(match, $"{replay.Intent}:{replay.TopicId}", o);
    }

    /// <summary>
    /// "dns broken, internal sites not resolving. who do i page", "we're due for a security risk assessment, who runs
    /// those?": the lexical reading is sure of an entry ("fake login page", "due diligence") that the neighbours, who
    /// clearly agree on another entry of the same kind, all but ignore. The word it went by is used another way, so the
    /// entry they agree on answers. Not when the question negates something ("the whole IT spend, not just security"):
    /// sentence vectors read a thing set aside much as the thing itself, where the lexical reading leaves it out.
    /// </summary>
    internal static bool NeighboursIgnoreTheLexicalEntry(AnalyzedQuery query, SemanticMatch match, Answer lexical, SemanticOptions o) =>
        lexical is { Answered: true, TopicId: { } topic } && !query.Words.Any(Lexicon.Negators.Contains) && !match.IsOutOfScope && !match.IsHelp && match.Similarity >= o.MinSimilarity
            && match.Probability >= o.OverrideProbability && match.LabelProbability >= o.OverrideProbability
            && match.Label.StartsWith($"{lexical.Intent}:", StringComparison.OrdinalIgnoreCase)
            && LabelWeight(match, $"{lexical.Intent}:{topic}", o) < o.UncontestedShare * LabelWeight(match, null, o);

    /// <summary>The weight the neighbours of <paramref name="match"/> labelled <paramref name="label"/> (all of them, for null) carry in its vote.</summary>
    private static double LabelWeight(SemanticMatch match, string? label, SemanticOptions o) => match.Neighbours
        .Where(n => label is null || string.Equals(n.Example.Label, label, StringComparison.OrdinalIgnoreCase))
        .Sum(n => Math.Exp((n.Similarity - match.Similarity) / o.Temperature));

    /// <summary>
    /// "network crawling, no sign of attack, who do I escalate to": the sentence model reads a denied attack much as an
    /// attack, so its nearest examples mix attacks with outages said not to be attacks. When the question denies something,
    /// the neighbours that deny something too say what it is: the label they weigh most, when at least two of them do. The
    /// lexical reading's entry then does not stand for being among the other neighbours.
    /// </summary>
    internal static string? LabelOfLikeDenials(QueryAnalyzer analyzer, AnalyzedQuery query, SemanticMatch match, SemanticOptions o)
    {
        if (!query.Denied.Contains(true))
        {
            return null;
        }

        // Only a report the neighbours take for an incident is looked at further: "the IT budget, not the security part"
        // sets a topic aside, and the wider neighbours that deny something are as likely to set aside the other one.
        var pool = match.IncidentProbability >= o.IncidentProbability && match.Wider.Count > 0 ? match.Wider : match.Neighbours;
        var read = pool.Select(n => (Neighbour: n, Query: analyzer.Analyze(n.Example.Text))).ToArray();
        var denying = read.Where(r => r.Query.Denied.Contains(true)).Select(r => r.Neighbour).ToArray();
        // Failing two that deny, the neighbours that name no incident at all: "site slow since the release, it's our deploy,
        // not a DDoS" is nearer reports of a DDoS than anything else, and those are exactly what it says it is not.
        var candidates = denying.Length >= MinLikeDenials ? denying
            : read.Where(r => !NamesAnIncident(r.Query)).Select(r => r.Neighbour).ToArray();
        return candidates.Length < MinLikeDenials
            ? null
            : candidates.GroupBy(n => n.Example.Label, StringComparer.Ordinal)
                .MaxBy(g => g.Sum(n => Math.Exp((n.Similarity - match.Similarity) / o.Temperature)))!.Key;
    }

    private static bool NamesAnIncident(AnalyzedQuery q) =>
        q.Words.Where((w, i) => !q.Denied[i]).Any(CueWords.IncidentWords.Contains);

    /// <summary>
    /// "The incident playbook that must exist before anything goes wrong: does one exec own writing that?": some neighbours
    /// ask for the playbook itself, which is declined, but with its topic taken out the question is plainly an ownership
    /// question, and the vote leans to an answer. What is asked, not what the topic is near, decides.
    /// </summary>
    private static bool PlainlyAsksForAnOwner(SemanticReading votes, SemanticOptions o) =>
        votes.Act?.Value is { } act && act.OutOfScopeProbability < o.UncontestedShare && act.Probability >= o.OverrideProbability
            && act.Similarity >= o.ActMinSimilarity && act.Label.Split(':')[0] == ExampleQuestion.Ownership;

    private static bool AboutATopic(SemanticMatch roleFree, SemanticOptions o) =>
        roleFree.Probability >= o.OverrideProbability && roleFree.Similarity >= o.MinSimilarity
            && roleFree.Label.Split(':')[0] is ExampleQuestion.Ownership or ExampleQuestion.Escalation;

    /// <summary>
    /// The question is all but word for word an example, and the vote goes the way that example is labelled: the
    /// organisation's own label for it stands against any reading with a part of the question taken out.
    /// </summary>
    private static bool NearCopy(SemanticMatch match, SemanticOptions o) =>
        match.Similarity >= o.ActKeepSimilarity && match.Neighbours.Count > 0 && match.Neighbours[0].Example.Label == match.Label;

    /// <summary>
    /// "how many cisos report to the cio, need a number for the incident report": a paraphrase of one entry's examples
    /// with all but none of the vote elsewhere is that entry's question, however its words read with the topic taken out.
    /// </summary>
    internal static bool OnlyNearOneEntry(SemanticMatch match, SemanticOptions o) =>
        match.Similarity >= o.ParaphraseSimilarity && !match.IsOutOfScope && !match.IsHelp
        && match.LabelProbability >= 1 - o.UncontestedShare && match.OutOfScopeProbability < o.UncontestedShare;

    private static bool SameReading(Answer a, Answer b) => a.Intent == b.Intent && a.TopicId == b.TopicId;

    private static bool Answers(Answer answer, string label) =>
        answer.Answered && string.Equals($"{answer.Intent}:{answer.TopicId}", label, StringComparison.OrdinalIgnoreCase);

    private sealed record Representative(string Text, Answer Answer);
}
