using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

// Incidents happening now: the playbook that fits, or the responsibility that does, or incident response in general.
public sealed partial class RoleBotDialog
{
    /// <summary>The responsibility that answers an incident no playbook fits.</summary>
    private const string GeneralIncidentResponse = "incident_response";

    private static Answer Escalation(Turn t)
    {
        // "ok and after that who else has to be told": the incident is the one just answered, and its playbook says who is next.
        if (t.RefersBack && t.Previous?.TopicId is { } previousId && t.Knowledge.PlaybooksById.TryGetValue(previousId, out var previousPlaybook))
        {
            return t.Composer.Escalation(previousPlaybook, 0.9);
        }

        var threshold = t.Threshold;
        var playbook = BestPlaybook(t, threshold) ?? IncidentPlaybook(t, threshold);
        var responsibilities = t.Snapshot.Responsibilities.Search(t.Query.Terms, t.Query.ContentTerms);
        var responsibilityConfidence = responsibilities.Count == 0 ? 0
            : Confidence.Of(responsibilities[0].Score, responsibilities[0].Coverage, t.Query.Corrections);
        if (playbook is not null && playbook.Confidence >= responsibilityConfidence - 0.05 && !NamesTaskBeyondPlaybook(t, responsibilities))
        {
            return playbook;
        }

        if (responsibilityConfidence >= threshold)
        {
            return t.Composer.Ownership(responsibilities[0].Item, responsibilityConfidence, Intent.Escalation, null);
        }

        if (playbook is not null)
        {
            return playbook;
        }

        if (t.IncidentStems.Count > 0 && t.Knowledge.ResponsibilitiesById.TryGetValue(GeneralIncidentResponse, out var response))
        {
            return t.Composer.Ownership(response, threshold, Intent.Escalation, null);
        }

        return Decline(t, [], Math.Max(responsibilityConfidence, 0));
    }

    /// <summary>
    /// Someone reporting an incident describes their situation in words no playbook has ("payroll", "spreadsheet").
    /// When a playbook names the incident itself ("breached", "malware"), a roughly right playbook beats a refusal,
    /// so it is answered at the lowest confidence that still answers.
    /// </summary>
    private static Answer? IncidentPlaybook(Turn t, double threshold)
    {
        if (t.IncidentStems.Count == 0)
        {
            return null;
        }

        var index = t.Snapshot.Playbooks;
        var hit = index.Search(t.Query.Terms, t.Query.ContentTerms, take: 3)
            .FirstOrDefault(h => Applies(h.Item, t) && t.IncidentStems.Any(stem => index.Contains(h, stem)));
        return hit.Item is null ? null : t.Composer.Escalation(hit.Item, threshold);
    }

    private static Answer? BestPlaybook(Turn t, double threshold)
    {
        var hits = t.Snapshot.Playbooks.Search(t.Query.Terms, t.Query.ContentTerms, take: 3);
        var best = hits.FirstOrDefault(h => Applies(h.Item, t));
        if (best.Item is null)
        {
            return null;
        }

        var confidence = Confidence.Of(best.Score, best.Coverage, t.Query.Corrections);
        return confidence >= threshold ? t.Composer.Escalation(best.Item, confidence) : null;
    }

    /// <summary>
    /// "ransomware encrypted the servers and we need to restore from backups, who authorises that?": beyond the incident,
    /// the question names a task (restoring from backups) that a responsibility of another owner covers better than the
    /// playbook does, so that responsibility answers.
    /// </summary>
    private static bool NamesTaskBeyondPlaybook(Turn t, List<SearchHit<Responsibility>> responsibilities)
    {
        var playbook = t.Snapshot.Playbooks.Search(t.Query.Terms, t.Query.ContentTerms, take: 3).FirstOrDefault(h => Applies(h.Item, t));
        if (responsibilities.Count == 0 || playbook.Item is null || playbook.Item.Owner == responsibilities[0].Item.Owner)
        {
            return false;
        }

        // At least two words of the task ("restore", "backups"): one word ("finance share", "network") is only where it happened.
        var task = t.Query.ContentTerms.Where(term => !t.IncidentStems.Contains(term)).Distinct().ToArray();
        var byResponsibility = task.Count(term => t.Snapshot.Responsibilities.Contains(responsibilities[0], term));
        return byResponsibility >= 2 && byResponsibility > task.Count(term => t.Snapshot.Playbooks.Contains(playbook, term));
    }

    /// <summary>
    /// A playbook with <see cref="Playbook.Requires"/> applies only when the question says one of those words: "systems
    /// down after an attack" needs something to be down, so "the attacker is still inside the network" is not it.
    /// </summary>
    private static bool Applies(Playbook playbook, Turn t) =>
        playbook.Requires.Count == 0 || playbook.Requires.Any(word => t.WordStems.Contains(Stemmer.Stem(word.ToLowerInvariant())));
}
