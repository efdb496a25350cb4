using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

// The slow path: what the neighbours vote for when the lexical reading is unsure of its answer or has none.
public sealed partial class RoleBotDialog
{
    /// <summary>
    /// An unsure or missing lexical answer: the neighbours vote, and a clear vote for a decline, for help, for another entry
    /// or for an answer the lexical reading missed wins.
    /// </summary>
    private Answer UnsureReadingVoted(KnowledgeSnapshot snapshot, string text, SemanticReading votes, Answer lexical, IntentGuess guess, bool copiesRoleExample)
    {
        var o = semantic!.Options;
        var (index, match) = (votes.Index, votes.Match);

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

        // "our website is showing a defacement message, who is meant to handle this, cio or ciso?": the role names split the
        // vote among questions about the roles; without them the question is plainly about a topic, and that answers it.
        if (!explicitDecline && votes.Query.Roles.Count > 0 && replay is null && votes.RoleFree is { } withoutRoles && AboutATopic(withoutRoles, o)
            && AnswerOf(snapshot, index, withoutRoles, withoutRoles.Label) is { } topicalAnswer)
        {
            return Asked(snapshot, votes, topicalAnswer with { Confidence = Math.Round(withoutRoles.Probability, 3) });
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
}
