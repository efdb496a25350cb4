using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Dialog;

// The tests the blend applies to a vote: each says when the neighbours, or the words, settle a question one way.
public sealed partial class RoleBotDialog
{
    /// <summary>How many neighbours that deny something, as the question does, it takes to say what the question is.</summary>
    private const int MinLikeDenials = 2;

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

    /// <summary>
    /// "who writes the breach disclosure, lawyers want a draft today": a question that asks for a person, among neighbours
    /// none of which must be declined, asks who owns the thing, however much its other words ("a draft") sound like a
    /// request for the thing itself.
    /// </summary>
    internal static bool AsksForAPersonNoNeighbourDeclines(AnalyzedQuery query, SemanticMatch match, SemanticOptions o) =>
        IntentClassifier.AsksWho(query) && !match.IsOutOfScope && match.OutOfScopeProbability < o.UncontestedShare;

    private static bool SameReading(Answer a, Answer b) => a.Intent == b.Intent && a.TopicId == b.TopicId;

    private static bool Answers(Answer answer, string label) =>
        answer.Answered && string.Equals($"{answer.Intent}:{answer.TopicId}", label, StringComparison.OrdinalIgnoreCase);
}
