using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace RoleBot.Core.Tests.Knowledge;

/// <summary>The two source documents, found in ../shared/seeds beside the repository (where CI puts them).</summary>
internal static partial class SeedDocuments
{
    [GeneratedRegex(@"[a-z0-9%]+")]
    private static partial Regex Word();

    /// <summary>The folder holding the documents, or null on a machine that does not have them.</summary>
    public static string? Folder { get; } = Find();

    public static Dictionary<string, string> Load() =>
        Directory.EnumerateFiles(Folder ?? throw new InvalidOperationException("shared/seeds was not found beside the repository"), "*.txt")
            .ToDictionary(f => Path.GetFileName(f)[..3], File.ReadAllText);

    /// <summary>Looks above the test binary and above this source file, so a different artifacts folder still finds them.</summary>
    private static string? Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null && start.Length > 0; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:title|section):\s*(?:""[^""]*""|[^,}\n]*)")]
    private static partial Regex Citation();

    /// <summary>The YAML text without its title and section values.</summary>
    public static string WithoutCitations(string yaml) => Citation().Replace(yaml, " | ");

    /// <summary>Every run of <paramref name="n"/> consecutive words, lower-cased, punctuation dropped.</summary>
    public static IEnumerable<string> Shingles(string text, int n)
    {
        var words = Word().Matches(text.ToLowerInvariant().Replace("\u2019", "'", StringComparison.Ordinal)).Select(m => m.Value).ToArray();
        for (var i = 0; i + n <= words.Length; i++)
        {
            yield return string.Join(' ', words, i, n);
        }
    }
}
