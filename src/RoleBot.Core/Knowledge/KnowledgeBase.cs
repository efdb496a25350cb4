using System.Collections.Frozen;

namespace RoleBot.Core.Knowledge;

/// <summary>The validated knowledge base: every entry with lookups by id. Immutable once built.</summary>
public sealed class KnowledgeBase
{
    public KnowledgeBase(KnowledgeFiles files, string origin)
    {
        Origin = origin;
        Sources = files.Sources.ToFrozenDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        Roles = files.Roles;
        Responsibilities = files.Responsibilities;
        Statistics = files.Statistics;
        Playbooks = files.Playbooks;
        Comparisons = files.Comparisons;
        Topics = files.Topics;
        Synonyms = files.Synonyms;
        RolesById = files.Roles.ToFrozenDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        ResponsibilitiesById = files.Responsibilities.ToFrozenDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        StatisticsById = files.Statistics.ToFrozenDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        PlaybooksById = files.Playbooks.ToFrozenDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        TopicsById = files.Topics.ToFrozenDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        StatisticsBySupported = files.Statistics
            .SelectMany(s => s.Supports.Select(target => (target, s)))
            .GroupBy(pair => pair.target, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Statistic>)g.Select(p => p.s).ToArray(), StringComparer.OrdinalIgnoreCase);
        ConflictSets = files.Statistics
            .Where(s => !string.IsNullOrWhiteSpace(s.ConflictSet))
            .GroupBy(s => s.ConflictSet!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Statistic>)g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Where it was loaded from: "embedded" or a folder path.</summary>
    public string Origin { get; }

    public FrozenDictionary<string, SourceDocument> Sources { get; }
    public IReadOnlyList<RoleProfile> Roles { get; }
    public IReadOnlyList<Responsibility> Responsibilities { get; }
    public IReadOnlyList<Statistic> Statistics { get; }
    public IReadOnlyList<Playbook> Playbooks { get; }
    public IReadOnlyList<Comparison> Comparisons { get; }
    public IReadOnlyList<Topic> Topics { get; }
    public IReadOnlyList<Synonym> Synonyms { get; }

    public FrozenDictionary<string, RoleProfile> RolesById { get; }
    public FrozenDictionary<string, Responsibility> ResponsibilitiesById { get; }
    public FrozenDictionary<string, Statistic> StatisticsById { get; }
    public FrozenDictionary<string, Playbook> PlaybooksById { get; }
    public FrozenDictionary<string, Topic> TopicsById { get; }

    /// <summary>Figures by the id they support (responsibility, role or topic).</summary>
    public FrozenDictionary<string, IReadOnlyList<Statistic>> StatisticsBySupported { get; }

    public FrozenDictionary<string, IReadOnlyList<Statistic>> ConflictSets { get; }

    public IReadOnlyList<Statistic> StatisticsFor(string id) =>
        StatisticsBySupported.TryGetValue(id, out var list) ? list : [];

    /// <summary>"DigitalDefynd, CIO vs CISO: ... — 10. Response to Cyber Incidents".</summary>
    public string Cite(SourceRef source)
    {
        if (!Sources.TryGetValue(source.Doc, out var doc))
        {
            return source.Section;
        }

        var by = string.IsNullOrWhiteSpace(doc.Publisher) ? "" : doc.Publisher + ", ";
        return string.IsNullOrWhiteSpace(source.Section)
            ? $"{by}\"{doc.Title}\""
            : $"{by}\"{doc.Title}\", section \"{source.Section}\"";
    }
}
