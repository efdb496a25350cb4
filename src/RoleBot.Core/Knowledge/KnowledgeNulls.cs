namespace RoleBot.Core.Knowledge;

/// <summary>
/// YAML turns an empty field ("aliases:") into null; this makes every list and text non-null so that
/// validation reports what is missing instead of failing on it.
/// </summary>
internal static class KnowledgeNulls
{
    public static void Fill(KnowledgeFiles k)
    {
        k.Sources = Clean(k.Sources);
        k.Roles = Clean(k.Roles);
        k.Responsibilities = Clean(k.Responsibilities);
        k.Statistics = Clean(k.Statistics);
        k.Playbooks = Clean(k.Playbooks);
        k.Comparisons = Clean(k.Comparisons);
        k.Topics = Clean(k.Topics);
        k.Synonyms = Clean(k.Synonyms);
        foreach (var s in k.Sources)
        {
            s.Id ??= "";
            s.Title ??= "";
        }

        foreach (var r in k.Roles)
        {
            r.Id ??= "";
            r.Aliases = Texts(r.Aliases);
            r.Metrics = Texts(r.Metrics);
            r.Stakeholders = Texts(r.Stakeholders);
            r.DailyPriorities = Texts(r.DailyPriorities);
            r.Statistics = Texts(r.Statistics);
            r.Sources = Refs(r.Sources);
        }

        foreach (var r in k.Responsibilities)
        {
            r.Id ??= "";
            r.Owner ??= "";
            r.Lead = Texts(r.Lead);
            r.Support = Texts(r.Support);
            r.Aliases = Texts(r.Aliases);
            r.Keywords = Texts(r.Keywords);
            r.Escalation = Steps(r.Escalation);
            r.Sources = Refs(r.Sources);
        }

        foreach (var s in k.Statistics)
        {
            s.Id ??= "";
            s.Keywords = Texts(s.Keywords);
            s.Supports = Texts(s.Supports);
            s.Source ??= new SourceRef();
            s.Source.Doc ??= "";
            s.Source.Section ??= "";
        }

        foreach (var p in k.Playbooks)
        {
            p.Id ??= "";
            p.Owner ??= "";
            p.Lead = Texts(p.Lead);
            p.Support = Texts(p.Support);
            p.Triggers = Texts(p.Triggers);
            p.Requires = Texts(p.Requires);
            p.Steps = Steps(p.Steps);
            p.Statistics = Texts(p.Statistics);
            p.Sources = Refs(p.Sources);
        }

        foreach (var c in k.Comparisons)
        {
            c.Id ??= "";
            c.Keywords = Texts(c.Keywords);
            c.Statistics = Texts(c.Statistics);
            c.Sources = Refs(c.Sources);
        }

        foreach (var t in k.Topics)
        {
            t.Id ??= "";
            t.Kind ??= "";
            t.Points = Texts(t.Points);
            t.Keywords = Texts(t.Keywords);
            t.Statistics = Texts(t.Statistics);
            t.Sources = Refs(t.Sources);
        }

        foreach (var s in k.Synonyms)
        {
            s.Say = Texts(s.Say);
            s.Mean = Texts(s.Mean);
        }
    }

    private static List<T> Clean<T>(List<T>? list) where T : class => list?.Where(x => x is not null).ToList() ?? [];

    private static List<string> Texts(List<string>? list) => list?.Where(x => x is not null).ToList() ?? [];

    private static List<SourceRef> Refs(List<SourceRef>? list)
    {
        var refs = Clean(list);
        foreach (var r in refs)
        {
            r.Doc ??= "";
            r.Section ??= "";
        }

        return refs;
    }

    private static List<EscalationStepEntry> Steps(List<EscalationStepEntry>? list)
    {
        var steps = Clean(list);
        foreach (var s in steps)
        {
            s.Role ??= "";
            s.Action ??= "";
        }

        return steps;
    }
}
