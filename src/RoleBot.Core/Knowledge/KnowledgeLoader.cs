using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RoleBot.Core.Knowledge;

/// <summary>Parses and validates knowledge files into a <see cref="KnowledgeBase"/>, or says exactly what is wrong.</summary>
public static class KnowledgeLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Loads the embedded copy, or <paramref name="folder"/> when one is given.</summary>
    public static KnowledgeBase Load(string? folder = null, KnowledgeLimits? limits = null)
    {
        var files = string.IsNullOrWhiteSpace(folder) ? KnowledgeSource.ReadEmbedded() : KnowledgeSource.ReadFolder(folder, limits);
        return Load(files, string.IsNullOrWhiteSpace(folder) ? KnowledgeSource.Embedded : Path.GetFullPath(folder), limits);
    }

    public static KnowledgeBase Load(IReadOnlyList<KnowledgeFile> files, string origin, KnowledgeLimits? limits = null)
    {
        var (parsed, errors) = Analyze(files, limits);
        if (errors.Count > 0)
        {
            throw new KnowledgeLoadException(errors);
        }

        return new KnowledgeBase(Merge(parsed.Select(p => p.Content)), origin);
    }

    /// <summary>Every error in the files, without throwing; empty when the knowledge base is valid.</summary>
    public static IReadOnlyList<KnowledgeError> Check(IReadOnlyList<KnowledgeFile> files, KnowledgeLimits? limits = null) =>
        Analyze(files, limits).Errors;

    /// <summary>Limits first: an oversized knowledge base is neither parsed nor validated, and reports its size, not thousands of errors.</summary>
    private static (List<ParsedKnowledgeFile> Parsed, List<KnowledgeError> Errors) Analyze(IReadOnlyList<KnowledgeFile> files, KnowledgeLimits? limits)
    {
        var budget = KnowledgeBudget.Check(files, limits ?? new KnowledgeLimits());
        if (budget.Count > 0)
        {
            return ([], budget);
        }

        var (parsed, errors) = Parse(files);
        errors.AddRange(KnowledgeValidator.Validate(parsed));
        return (parsed, errors);
    }

    private static (List<ParsedKnowledgeFile> Parsed, List<KnowledgeError> Errors) Parse(IReadOnlyList<KnowledgeFile> files)
    {
        var parsed = new List<ParsedKnowledgeFile>();
        var errors = new List<KnowledgeError>();
        if (files.Count == 0)
        {
            errors.Add(new KnowledgeError("(knowledge)", "(files)", "no knowledge files were found"));
        }

        foreach (var file in files)
        {
            try
            {
                var content = Yaml.Deserialize<KnowledgeFiles?>(file.Yaml) ?? new KnowledgeFiles();
                parsed.Add(new ParsedKnowledgeFile(file.Name, content));
            }
            catch (YamlException e)
            {
                var reason = e.InnerException?.Message ?? e.Message;
                errors.Add(new KnowledgeError(file.Name, $"line {e.Start.Line}, column {e.Start.Column}", Describe(reason)));
            }
        }

        return (parsed, errors);
    }

    private static string Describe(string reason) =>
        reason.Contains("not found on type", StringComparison.Ordinal)
            ? "unknown field (check its spelling against knowledge/README.md): " + reason
            : reason;

    private static KnowledgeFiles Merge(IEnumerable<KnowledgeFiles> parts)
    {
        var merged = new KnowledgeFiles();
        foreach (var part in parts)
        {
            merged.Sources.AddRange(part.Sources);
            merged.Roles.AddRange(part.Roles);
            merged.Responsibilities.AddRange(part.Responsibilities);
            merged.Statistics.AddRange(part.Statistics);
            merged.Playbooks.AddRange(part.Playbooks);
            merged.Comparisons.AddRange(part.Comparisons);
            merged.Topics.AddRange(part.Topics);
            merged.Synonyms.AddRange(part.Synonyms);
        }

        return merged;
    }
}
