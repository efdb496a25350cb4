using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RoleBot.Core.Knowledge;

/// <summary>Checks knowledge files against <see cref="KnowledgeLimits"/> before they are parsed.</summary>
internal static class KnowledgeBudget
{
    /// <summary>Sizes from the file system, so an oversized file is refused without reading it.</summary>
    public static List<KnowledgeError> CheckSizes(IEnumerable<(string Name, long Bytes)> files, KnowledgeLimits limits)
    {
        var errors = new List<KnowledgeError>();
        long total = 0;
        foreach (var (name, bytes) in files)
        {
            total += bytes;
            if (bytes > limits.MaxFileBytes)
            {
                errors.Add(new KnowledgeError(name, "(size)", string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes is more than Knowledge:MaxFileBytes ({limits.MaxFileBytes:N0})")));
            }
        }

        if (total > limits.MaxTotalBytes)
        {
            errors.Add(new KnowledgeError("(knowledge)", "(size)", string.Create(CultureInfo.InvariantCulture, $"{total:N0} bytes in all is more than Knowledge:MaxTotalBytes ({limits.MaxTotalBytes:N0})")));
        }

        return errors;
    }

    /// <summary>Sizes, then entries counted by a streaming pass that stops as soon as the limit is passed.</summary>
    public static List<KnowledgeError> Check(IReadOnlyList<KnowledgeFile> files, KnowledgeLimits limits)
    {
        var errors = CheckSizes(files.Select(f => (f.Name, (long)Encoding.UTF8.GetByteCount(f.Yaml))), limits);
        if (errors.Count > 0)
        {
            return errors;
        }

        var entries = 0;
        foreach (var file in files)
        {
            entries += CountEntries(file.Yaml, limits.MaxEntries - entries + 1);
            if (entries > limits.MaxEntries)
            {
                errors.Add(new KnowledgeError(file.Name, "(entries)", string.Create(CultureInfo.InvariantCulture, $"the knowledge base has more than Knowledge:MaxEntries ({limits.MaxEntries:N0}) entries by this file")));
                break;
            }
        }

        return errors;
    }

    /// <summary>Items of the top-level lists, up to <paramref name="stopAt"/>; YAML that does not parse is left for the real parse to report.</summary>
    private static int CountEntries(string yaml, int stopAt)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var inTopLevelList = false;
        var entries = 0;
        try
        {
            while (parser.MoveNext() && entries < stopAt)
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        entries += depth == 2 && inTopLevelList ? 1 : 0;
                        inTopLevelList |= depth == 1 && parser.Current is SequenceStart;
                        depth++;
                        break;
                    case SequenceEnd or MappingEnd:
                        depth--;
                        inTopLevelList &= depth != 1;
                        break;
                    case Scalar or AnchorAlias:
                        entries += depth == 2 && inTopLevelList ? 1 : 0;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // The deserialiser reports it with its line and column.
        }

        return entries;
    }
}
