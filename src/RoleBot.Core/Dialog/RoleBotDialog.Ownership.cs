using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

// Ownership questions: who owns it, with the fallbacks for questions that ask about a role, a figure or both roles instead.
public sealed partial class RoleBotDialog
{
    /// <summary>How much better a playbook must fit than every responsibility to answer a question that names no incident.</summary>
    private const double PlaybookLead = 0.2;

    /// <summary>How well, at least, such a playbook must fit on its own.</summary>
    private const double StrongPlaybook = 0.6;

    /// <summary>How far above the threshold a figure must fit to answer a question that did not ask for figures.</summary>
    private const double StrongFigureMargin = 0.1;

    /// <summary>The share of the question such a figure must cover: an unknown word ("Google") means it is about something else.</summary>
    private const double StrongFigureCoverage = 0.8;

    private static Answer Ownership(Turn t, Intent intent)
    {
        if (t.RefersBack && t.Previous?.TopicId is { } previousId)
        {
            if (t.Knowledge.ResponsibilitiesById.TryGetValue(previousId, out var previousResponsibility))
            {
                return t.Composer.Ownership(previousResponsibility, 0.9, intent, null);
            }

            if (t.Knowledge.PlaybooksById.TryGetValue(previousId, out var previousPlaybook))
            {
                return t.Composer.Escalation(previousPlaybook, 0.9);
            }
        }

        // When the role has no part of its own there ("the CIO's part in cybersecurity"), its profile says what it does.
        if (AsksRolePart(t))
        {
            return RolePart(t) ?? Role(t);
        }

        // "what exactly is our CIO responsible for?": a role and no topic asks for the role's profile.
        if (t.Query.Roles.Count == 1 && t.Query.ContentTerms.Count == 0)
        {
            return Role(t);
        }

        var hits = t.Snapshot.Responsibilities.Search(WithFollowedSubject(t), t.Query.ContentTerms);
        var confidence = hits.Count == 0 ? 0 : Confidence.Of(hits[0].Score, hits[0].Coverage, t.Query.Corrections);
        // Only questions that name a role can be about a role or about both; the rest need no comparison search.
        var aspectConfidence = t.Query.Roles.Count > 0 ? AspectConfidence(t) : 0;

        // "CIO opens up access, CISO locks it down, fair?": a statement about both roles, asking neither who owns nor
        // "CIO or CISO?", is a comparison.
        if (t.Query.Roles.Count > 1 && !t.Guess.IsExplicit && aspectConfidence >= t.Threshold && aspectConfidence > confidence)
        {
            return Comparison(t);
        }

        // "customer records just showed up on a paste site, who handles it?": an incident told without an incident word,
        // which a playbook's own phrases fit far better than any responsibility ("make sure it never leaks" guards against one).
        if (!t.Query.GuardsAgainst && BestPlaybook(t, Math.Max(StrongPlaybook, confidence + PlaybookLead)) is { } incident)
        {
            return incident;
        }

        if (confidence >= t.Threshold)
        {
            var top = hits[0];
            var rival = hits.Skip(1).FirstOrDefault(h =>
                h.Score >= top.Score * 0.9 && h.Coverage >= top.Coverage && !string.Equals(h.Item.Owner, top.Item.Owner, StringComparison.Ordinal));
            if (rival.Item is not null)
            {
                confidence = Math.Round(confidence * 0.85, 3);
            }

            return t.Composer.Ownership(top.Item, confidence, intent, rival.Item);
        }

        // Only a question that names an incident gets a playbook: "data backups" is not a breach.
        var playbook = t.IncidentStems.Count > 0 ? BestPlaybook(t, t.Threshold) : null;
        if (playbook is not null)
        {
            return playbook;
        }

        // "what's the ciso's job in plain english?", "a CISO's top priority day to day": one role, and nothing besides
        // or only what tells the roles apart, is about the role itself.
        if (t.Query.Roles.Count == 1 && (t.KnownContent.Count == 0 || aspectConfidence >= t.Threshold))
        {
            return Role(t);
        }

        // "Do CISOs worry more about compliance than about losing money?" names no owner's task but one figure, all of it.
        // "Who should she contact immediately?" asks for a person, whatever figure its words fit ("immediate response").
        var figures = IntentClassifier.AsksWho(t.Query) ? [] : t.Snapshot.Statistics.Search(t.Query.Terms, t.Query.ContentTerms, take: 1);
        if (figures.Count > 0 && figures[0].Coverage >= StrongFigureCoverage
            && Confidence.Of(figures[0].Score, figures[0].Coverage, t.Query.Corrections) >= t.Threshold + StrongFigureMargin)
        {
            return Statistic(t);
        }

        if (t.Query.Roles.Count > 1 && aspectConfidence >= t.Threshold)
        {
            return Comparison(t);
        }

        return Decline(t, NearestQuestions(t), confidence);
    }

    /// <summary>
    /// "and who checks they're secure enough?" after a question about SaaS vendors: the new words decide, and the
    /// subject they point back to ranks among entries that fit them.
    /// </summary>
    private static IReadOnlyList<string> WithFollowedSubject(Turn t) =>
        t.Guess.IsFollowUp && t.Query.Words.Any(CueWords.Pronouns.Contains) && t.Previous?.Terms is { Count: > 0 } subject
            ? [.. t.Query.Terms, .. subject]
            : t.Query.Terms;

    /// <summary>How well the best comparison aspect or topic fits the question.</summary>
    private static double AspectConfidence(Turn t)
    {
        var aspect = t.Snapshot.Comparisons.Search(t.Query.Terms, t.Query.ContentTerms, take: 1);
        return aspect.Count == 0 ? 0 : Confidence.Of(aspect[0].Score, aspect[0].Coverage, t.Query.Corrections);
    }

    /// <summary>"Did you mean" questions: the responsibilities that share at least one specific word with the question.</summary>
    private static IEnumerable<string> NearestQuestions(Turn t) =>
        t.Snapshot.Responsibilities.Search(t.Query.Terms, t.Query.ContentTerms)
            .Where(h => h.Coverage > 0)
            .Select(h => $"Who owns {Lower(h.Item.Name)}?");
}
