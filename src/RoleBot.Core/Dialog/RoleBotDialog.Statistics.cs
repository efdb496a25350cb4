using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

// Questions for figures: the figures that fit, for the role asked about, or the figures behind a responsibility.
public sealed partial class RoleBotDialog
{
    private static Answer Statistic(Turn t)
    {
        // "how many CIOs prioritise innovation?" then "what about for the CISO?": the same subject, counted for the other role.
        // After a question about one role, words the knowledge base does not know ("and the equivalent figure for CIOs?")
        // name no new subject either.
        var roleSwitch = t.Query.Roles.Count == 1
            && t.Previous is { Intent: Intent.Statistic, Terms.Count: > 0 } before && before.Role != t.Query.Roles[0]
            && (t.Query.ContentTerms.Count == 0 || (t.Guess.IsFollowUp && t.KnownContent.Count == 0 && before.Role is not null));
        if (roleSwitch)
        {
            t = t with { Query = t.Query with { Terms = [.. t.Previous!.Terms!], ContentTerms = [.. t.Previous.Terms!] } };
        }

        var role = t.Query.Roles.Count == 1 ? t.Query.Roles[0] : (RoleOwner?)null;
        if (t.Query.ContentTerms.Count == 0 && t.Previous?.TopicId is { } previousId)
        {
            var backing = t.Knowledge.StatisticsFor(previousId);
            if (backing.Count > 0)
            {
                return t.Composer.Statistics(backing, $"Figures on {TitleOf(t.Knowledge, previousId)}", 0.9, previousId, role);
            }

            if (t.Knowledge.ResponsibilitiesById.TryGetValue(previousId, out var previous))
            {
                return WithoutFigures(t, previous, 0.9);
            }
        }

        // "What share of CISOs report to the CIO?": the first role is who is counted, a second one is part of what is
        // measured, unless the roles are being compared ("CISOs vs CIOs").
        var comparesRoles = CueWords.ExplicitComparisons.FoundIn(t.Query.Words);
        var terms = t.Query.Roles.Count > 1 && !comparesRoles
            ? [.. t.Query.Terms, .. t.Query.Roles.Skip(1).Select(r => r.ToString().ToLowerInvariant())]
            : t.Query.Terms;
        var hits = t.Snapshot.Statistics.Search(terms, t.Query.ContentTerms, take: 8);
        var ranked = hits
            .Select(h => (Hit: h, Score: h.Score * PopulationFit(h.Item, t.Query.Roles)))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (roleSwitch && ranked.Any(x => x.Hit.Coverage > 0 && PopulationFit(x.Hit.Item, t.Query.Roles) > 1))
        {
            ranked = ranked.Where(x => PopulationFit(x.Hit.Item, t.Query.Roles) > 1).ToList();
        }
        var confidence = ranked.Count == 0 ? 0 : Confidence.Of(ranked[0].Score, ranked[0].Hit.Coverage, t.Query.Corrections);
        if (roleSwitch && ranked.Count > 0 && ranked[0].Hit.Coverage > 0)
        {
            // The subject was settled by the previous answer; only the role is new, so the role's nearest figure is the answer.
            confidence = Math.Max(confidence, t.Threshold);
        }
        var viaResponsibility = t.Snapshot.Responsibilities.Search(t.Query.Terms, t.Query.ContentTerms, take: 1);
        var responsibilityConfidence = viaResponsibility.Count == 0 ? 0
            : Confidence.Of(viaResponsibility[0].Score, viaResponsibility[0].Coverage, t.Query.Corrections);

        // "any numbers on that?" then "and data protection?": the new topic gets its whole answer, which carries its figures.
        var followUpOnNewTopic = !roleSwitch && !t.Guess.IsExplicit && t.Guess.IsFollowUp && responsibilityConfidence >= t.Threshold;
        if (followUpOnNewTopic)
        {
            return t.Composer.Ownership(viaResponsibility[0].Item, responsibilityConfidence, Intent.Ownership, null);
        }

        // "how many execs say…" asks for a figure outright: a figure that fits is the answer, even if a responsibility fits too;
        // so does "and cios?" after a figure, whose subject the previous question settled.
        if (confidence >= t.Threshold && (t.Guess.IsExplicit || roleSwitch || confidence >= responsibilityConfidence - 0.1))
        {
            var best = ranked[0].Score;
            var chosen = ranked.Where(x => x.Score >= best * 0.85).Select(x => x.Hit.Item).Take(3).ToList();
            // "what share of CIOs vs CISOs…": each named role's best figure, so the comparison has both sides.
            foreach (var named in t.Query.Roles.Count > 1 ? t.Query.Roles : [])
            {
                var forRole = ranked.FirstOrDefault(x => x.Score >= best * 0.3 && x.Hit.Coverage > 0 && PopulationFit(x.Hit.Item, [named]) > 1);
                if (forRole.Hit.Item is { } figure && !chosen.Contains(figure))
                {
                    chosen.Add(figure);
                }
            }

            return t.Composer.Statistics(chosen, "Figures", confidence, chosen[0].Supports.FirstOrDefault(), role);
        }

        // "How much risk is a CISO willing to accept?": no figure fits, and what sets the roles apart fits one role best.
        var aspectConfidence = t.Query.Roles.Count == 1 ? AspectConfidence(t) : 0;
        if (aspectConfidence >= t.Threshold && aspectConfidence >= responsibilityConfidence)
        {
            return Role(t);
        }

        if (responsibilityConfidence >= t.Threshold)
        {
            var r = viaResponsibility[0].Item;
            var backing = t.Knowledge.StatisticsFor(r.Id);
            return backing.Count > 0
                ? t.Composer.Statistics(backing, $"Figures on {Lower(r.Name)}", responsibilityConfidence, r.Id, role)
                : WithoutFigures(t, r, responsibilityConfidence);
        }

        return Decline(t, ranked.Where(x => x.Hit.Coverage > 0).Take(3).Select(x => $"What share of {x.Hit.Item.Population} {x.Hit.Item.Claim.TrimEnd('.')}?"), confidence);
    }

    /// <summary>Figures were asked for a responsibility the documents give none on: say so, and give its owner instead.</summary>
    private static Answer WithoutFigures(Turn t, Responsibility r, double confidence)
    {
        var ownership = t.Composer.Ownership(r, confidence, Intent.Ownership, null);
        return ownership with { Summary = $"The documents give no figure on {Lower(r.Name)}. " + ownership.Summary };
    }

    private static double PopulationFit(Statistic s, IReadOnlyList<RoleOwner> roles)
    {
        if (roles.Count != 1)
        {
            return 1;
        }

        // "CISOs" is a population of the CISO role; "CIOs" is not, though "CISOs" begins with "CIO".
        var firstWord = new string(s.Population.TakeWhile(char.IsLetter).ToArray());
        var role = roles[0].Id;
        return firstWord.Equals(role, StringComparison.OrdinalIgnoreCase) || firstWord.Equals(role + "s", StringComparison.OrdinalIgnoreCase)
            ? 1.5
            : 0.8;
    }
}
