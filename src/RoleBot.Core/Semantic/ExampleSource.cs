using System.Reflection;

namespace RoleBot.Core.Semantic;

/// <summary>
/// The labelled example questions (<c>knowledge/examples/*.jsonl</c>) and their cached sentence vectors
/// (<c>knowledge/examples/vectors.bin</c>): compiled into RoleBot, or read from a knowledge folder's <c>examples/</c>.
/// </summary>
public static class ExampleSource
{
    public const string VectorFileName = "vectors.bin";
    private const string ResourcePrefix = "examples/";

    public static IReadOnlyList<ExampleFile> ReadEmbedded()
    {
        var assembly = typeof(ExampleSource).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".jsonl", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new ExampleFile(name[ResourcePrefix.Length..], ReadText(assembly, name)))
            .ToArray();
    }

    /// <summary>Every <c>*.jsonl</c> in <paramref name="knowledgeFolder"/>/examples; none when it has no such folder.</summary>
    public static IReadOnlyList<ExampleFile> ReadFolder(string knowledgeFolder)
    {
        var folder = Path.Combine(knowledgeFolder, "examples");
        return !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
                .Select(path => new ExampleFile(Path.GetFileName(path), File.ReadAllText(path)))
                .ToArray();
    }

    /// <summary>The cached vectors, or an empty cache when there are none (they are then computed at load).</summary>
    public static VectorCache ReadVectors(string? knowledgeFolder)
    {
        if (string.IsNullOrWhiteSpace(knowledgeFolder))
        {
            // The resource is a view of the loaded assembly: reading rows from it when asked for copies nothing up front,
            // and there is nothing to release.
            var stream = typeof(ExampleSource).Assembly.GetManifestResourceStream(ResourcePrefix + VectorFileName);
            return stream is null ? VectorCache.Empty : VectorCache.Read(stream, keepOpen: true);
        }

        var path = Path.Combine(knowledgeFolder, "examples", VectorFileName);
        if (!File.Exists(path))
        {
            return VectorCache.Empty;
        }

        using var file = File.OpenRead(path);
        return VectorCache.Read(file);
    }

    private static string ReadText(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
