using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RoleBot.Core.Ingest;

/// <summary>Writes a draft as YAML shaped like the knowledge files, with the source line of every entry, to review and merge by hand.</summary>
public static class IngestDraftWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    public static string Write(IngestDraft draft)
    {
        var header = $"# Draft knowledge entries from {draft.Document}: {draft.Responsibilities.Count} responsibilities, "
            + $"{draft.Statistics.Count} statistics, {draft.Comparisons.Count} comparisons.\n"
            + "# Review every entry: rewrite claims in your own words, set ids, aliases, supports and sources, then move it into knowledge/.\n";
        return header + Yaml.Serialize(new
        {
            responsibilities = draft.Responsibilities.Select(r => new { name = r.Name, owner = r.Owner, section = r.Section, line = r.Line }),
            statistics = draft.Statistics.Select(s => new { value = s.Value, qualifier = s.Qualifier, population = s.Population, sentence = s.Sentence, section = s.Section, line = s.Line }),
            comparisons = draft.Comparisons.Select(c => new { aspect = c.Aspect, cio = c.Cio, ciso = c.Ciso, section = c.Section, line = c.Line }),
        });
    }
}
