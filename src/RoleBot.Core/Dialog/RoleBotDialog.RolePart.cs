using RoleBot.Core.Answers;

namespace RoleBot.Core.Dialog;

// "What part does the CIO play in cybersecurity?", "and the CIO's part in it?": the responsibility in that area that the
// named role owns or leads, rather than whoever owns the area as a whole.
public sealed partial class RoleBotDialog
{
    /// <summary>How much of the subject the role's own responsibility must cover to be its part in it.</summary>
    private const double RolePartCoverage = 0.5;

    /// <summary>True for "the CIO's part in…": one role named, and a phrase asking for its share.</summary>
    private static bool AsksRolePart(Turn t) => t.Query.Roles.Count == 1 && CueWords.RolePartPhrases.FoundIn(t.Query.Words);

    private static Answer? RolePart(Turn t)
    {
        if (!AsksRolePart(t))
        {
            return null;
        }

        var role = t.Query.Roles[0].ToString();
        var subject = t.Query.ContentTerms.Count > 0 ? t.Query.Terms : t.Previous?.Terms ?? [];
        var part = t.Snapshot.Responsibilities.Search(subject, subject, take: 10)
            .FirstOrDefault(h => h.Item.Owner == role && h.Coverage >= RolePartCoverage);
        if (part.Item is null)
        {
            return null;
        }

        // The subject was named, or settled by the previous answer; the role narrows it, so a partial fit is the answer.
        var confidence = Math.Max(Confidence.Of(part.Score, part.Coverage, t.Query.Corrections), t.Threshold);
        return t.Composer.Ownership(part.Item, confidence, Intent.Ownership, null);
    }
}
