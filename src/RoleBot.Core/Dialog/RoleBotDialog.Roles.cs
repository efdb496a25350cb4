using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

// Questions about the roles themselves: their profiles, reporting lines and how they compare.
public sealed partial class RoleBotDialog
{
    private static Answer Reporting(Turn t)
    {
        var role = t.Query.Roles.Count > 0 ? t.Query.Roles[0] : t.RefersBack || t.Guess.IsFollowUp ? t.Previous?.Role : null;
        var topics = new List<Topic>();
        if (t.Knowledge.TopicsById.TryGetValue("reporting_lines", out var lines) && role is null)
        {
            topics.Add(lines);
        }

        var asksShould = t.Query.Has("should") || t.Query.Has("best") || t.Query.Has("ideal") || t.Query.Has("recommended") || t.Query.Roles.Count > 1;
        if (asksShould || role is null)
        {
            topics.AddRange(t.Knowledge.Topics.Where(x => x.Kind == "reporting" && x.Id != "reporting_lines"));
        }

        return t.Composer.Reporting(role, topics, 0.9);
    }

    /// <summary>How well a task must fit before a question about a role is answered as one about that task.</summary>
    private const double TaskInRoleQuestion = 0.6;

    private static bool NamesTaskBeforeRole(Turn t)
    {
        var role = t.Query.Words.ToList().FindIndex(t.Query.RoleNames.Contains);
        var task = t.Query.Words.ToList().FindIndex(w => t.KnownContent.Contains(Stemmer.Stem(w)));
        return task >= 0 && role > task;
    }

    private static Answer Role(Turn t)
    {
        if (t.Guess.IsCareer && t.Knowledge.TopicsById.TryGetValue("career_path", out var career))
        {
            return t.Composer.Topic(career, Intent.Role, 0.9);
        }

        if (RolePart(t) is { } part)
        {
            return part;
        }

        // "Is endpoint security the CIO's job?" names a known task before the role: that task's owner is the answer.
        // ("Is the CIO's job mainly about security?" names the role first and asks about the role.)
        if (t.KnownContent.Count > 0 && NamesTaskBeforeRole(t) && !AsksRolePart(t))
        {
            var task = t.Snapshot.Responsibilities.Search(t.Query.Terms, t.Query.ContentTerms, take: 1);
            if (task.Count > 0 && Confidence.Of(task[0].Score, task[0].Coverage, t.Query.Corrections) >= TaskInRoleQuestion)
            {
                return Ownership(t, Intent.Ownership);
            }
        }

        var role = t.Query.Roles.Count > 0 ? t.Query.Roles[0] : t.Previous?.Role;
        if (role is { } named && t.Knowledge.RolesById.TryGetValue(named.Id, out var profile))
        {
            return t.Composer.Role(profile, 0.9);
        }

        return Decline(t, t.Knowledge.Roles.Select(r => $"What does the {r.Id} do?"), 0);
    }

    private static Answer Comparison(Turn t)
    {
        var hits = t.Snapshot.Comparisons.Search(t.Query.Terms, t.Query.ContentTerms);
        var confidence = hits.Count == 0 ? 0 : Confidence.Of(hits[0].Score, hits[0].Coverage, t.Query.Corrections);
        t.Knowledge.TopicsById.TryGetValue("difference_overview", out var overview);
        if (confidence >= t.Threshold && hits[0].Item.Id != "difference_overview")
        {
            var top = hits[0].Item;
            if (top.Topic is { } topic)
            {
                return t.Composer.Topic(topic, topic.Kind == "reporting" ? Intent.Reporting : Intent.Comparison, confidence);
            }

            var aspects = hits.Where(h => h.Item.Comparison is not null && h.Score >= hits[0].Score * 0.8)
                .Select(h => h.Item.Comparison!).Take(2).ToArray();
            return t.Composer.Comparison(aspects, null, confidence);
        }

        // Unrelated words with no aspect to match are declined, unless both roles are named: then the overview answers.
        if (t.Query.Roles.Count < 2 && t.KnownContent.Count > 1 && confidence < t.Threshold * 0.5)
        {
            return Decline(t, [], confidence);
        }

        var headline = t.Knowledge.Comparisons.Take(6).ToArray();
        return t.Composer.Comparison(headline, overview, 0.85);
    }
}
