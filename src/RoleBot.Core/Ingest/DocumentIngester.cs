using System.Text.RegularExpressions;

namespace RoleBot.Core.Ingest;

/// <summary>
/// Drafts knowledge entries from a plain-text or Markdown document: bullets under a heading that names a
/// role become responsibilities, tables with CIO and CISO columns become comparisons, and every
/// percentage in a sentence becomes a statistic. Drafts are for review; nothing is added by itself.
/// </summary>
public static partial class DocumentIngester
{
    [GeneratedRegex(@"^\s*(?:[-*•+]|\d{1,2}[.)])\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"(?<qualifier>\b(?:about|around|nearly|almost|over|more than|less than|fewer than|under|approximately|roughly|some|only|just)\s+)?\(?(?<value>\d{1,3}(?:\.\d+)?%)\)?(?:\s+of\s+(?:the\s+|all\s+)?(?<population>[A-Za-z][A-Za-z-]*))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""'])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\bCISOs?\b|\bChief Information Security Officer", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CisoWord();

    [GeneratedRegex(@"\bCIOs?\b|\bChief Information Officer", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CioWord();

    [GeneratedRegex(@"\b(?:overlap|shared|both|together|intersect)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SharedWord();

    public static IngestDraft Ingest(string name, string text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var responsibilities = new List<DraftResponsibility>();
        var statistics = new List<DraftStatistic>();
        var comparisons = new List<DraftComparison>();
        var section = "";
        string? listOwner = null;
        TableColumns? table = null;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('|'))
            {
                table = Table(line, table, section, number, comparisons);
                continue;
            }

            table = null;
            var bullet = Bullet().Match(line);
            if (bullet.Success && listOwner is not null)
            {
                responsibilities.Add(new DraftResponsibility(bullet.Groups["text"].Value.Trim().TrimEnd('.', ';'), listOwner, section, number));
            }
            else if (!bullet.Success && IsHeadingOrLead(line))
            {
                if (!line.EndsWith(':') || line.Length < 80)
                {
                    section = line.TrimStart('#', ' ').TrimEnd(':');
                }

                listOwner = OwnerOf(line);
            }
            else if (!bullet.Success)
            {
                listOwner = null;
            }

            statistics.AddRange(Percentages(bullet.Success ? bullet.Groups["text"].Value : line, section, number));
        }

        return new IngestDraft(name, responsibilities, statistics, comparisons);
    }

    private static bool IsHeadingOrLead(string line) =>
        line.StartsWith('#') || line.EndsWith(':') || (line.Length < 90 && !line.EndsWith('.') && !line.EndsWith('?'));

    private static string? OwnerOf(string heading)
    {
        var ciso = CisoWord().IsMatch(heading);
        var cio = CioWord().IsMatch(heading);
        if (SharedWord().IsMatch(heading))
        {
            return "Shared";
        }

        // A heading naming both roles introduces a comparison, not one role's list.
        return ciso && cio ? null : ciso ? "CISO" : cio ? "CIO" : null;
    }

    private static IEnumerable<DraftStatistic> Percentages(string line, string section, int number)
    {
        if (!line.Contains('%'))
        {
            yield break;
        }

        foreach (var sentence in SentenceBreak().Split(line))
        {
            foreach (Match m in Percentage().Matches(sentence))
            {
                var qualifier = m.Groups["qualifier"].Success ? m.Groups["qualifier"].Value.Trim().ToLowerInvariant() : null;
                var population = m.Groups["population"].Success ? m.Groups["population"].Value : null;
                yield return new DraftStatistic(m.Groups["value"].Value, qualifier, population, sentence.Trim(), section, number);
            }
        }
    }

    private static TableColumns? Table(string line, TableColumns? table, string section, int number, List<DraftComparison> comparisons)
    {
        var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        if (cells.All(c => c.Length == 0 || c.All(ch => ch is '-' or ':' or ' ')))
        {
            return table;
        }

        if (table is null)
        {
            var cio = Array.FindIndex(cells, c => CioWord().IsMatch(c) && !CisoWord().IsMatch(c));
            var ciso = Array.FindIndex(cells, c => CisoWord().IsMatch(c));
            return cio >= 0 && ciso >= 0 ? new TableColumns(cio, ciso) : new TableColumns(-1, -1);
        }

        if (table.Cio >= 0 && cells.Length > Math.Max(table.Cio, table.Ciso))
        {
            var aspect = Enumerable.Range(0, cells.Length).Where(i => i != table.Cio && i != table.Ciso).Select(i => cells[i]).FirstOrDefault() ?? "";
            comparisons.Add(new DraftComparison(aspect, cells[table.Cio], cells[table.Ciso], section, number));
        }

        return table;
    }

    private sealed record TableColumns(int Cio, int Ciso);
}
