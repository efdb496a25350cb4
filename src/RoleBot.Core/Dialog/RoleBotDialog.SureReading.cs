using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

// The fast path: a lexical answer sure enough to stand, unless its neighbours decline it, ask for help, clearly choose
// another entry of the same kind, or are close paraphrases of a question of another kind.
public sealed partial class RoleBotDialog
{
    /// <summary>
    /// A sure lexical answer, checked against its neighbours all the same: "Who is the CISO at Google?" reads like a role
    /// question word for word, but its nearest examples must all be declined.
    /// </summary>
    private Answer SureReadingChecked(KnowledgeSnapshot snapshot, string text, SemanticReading votes, Answer lexical, bool midConversation, bool copiesRoleExample)
    {
        var o = semantic!.Options;
        var (index, match) = (votes.Index, votes.Match);
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
}
