using System.Reflection;

namespace RoleBot.Core.Knowledge;

/// <summary>Where knowledge files come from: the copy compiled into RoleBot, or a folder someone edits.</summary>
public static class KnowledgeSource
{
    public const string Embedded = "embedded";
    private const string ResourcePrefix = "knowledge/";

    public static IReadOnlyList<KnowledgeFile> ReadEmbedded()
    {
        var assembly = typeof(KnowledgeSource).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new KnowledgeFile(name[ResourcePrefix.Length..], ReadResource(assembly, name)))
            .ToArray();
    }

    /// <summary>
    /// Every <c>*.yml</c> and <c>*.yaml</c> file directly in <paramref name="folder"/>; files over
    /// <paramref name="limits"/> are refused from their sizes, before a byte is read.
    /// </summary>
    public static IReadOnlyList<KnowledgeFile> ReadFolder(string folder, KnowledgeLimits? limits = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new KnowledgeLoadException([new KnowledgeError(folder, "(folder)", "the knowledge folder does not exist")]);
        }

        var paths = Directory.EnumerateFiles(folder)
            .Where(path => path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var tooLarge = KnowledgeBudget.CheckSizes(paths.Select(path => (Path.GetFileName(path), new FileInfo(path).Length)), limits ?? new KnowledgeLimits());
        if (tooLarge.Count > 0)
        {
            throw new KnowledgeLoadException(tooLarge);
        }

        return paths.Select(path => new KnowledgeFile(Path.GetFileName(path), File.ReadAllText(path))).ToArray();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
