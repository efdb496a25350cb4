using System.Text;
using System.Text.RegularExpressions;

namespace RoleBot.Slack.BlockKit;

/// <summary>Escaping and limit-safe truncation of text for Slack.</summary>
internal static partial class SlackText
{
    private const string Ellipsis = "…";

    /// <summary>Escapes the three characters Slack's formatting reserves: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// Cuts already-escaped text to at most <paramref name="max"/> characters, ending with an ellipsis, never inside
    /// an escape (<c>&amp;amp;</c>), a mention (<c>&lt;@U123&gt;</c>) or a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        var lastAmp = text.LastIndexOf('&', cut - 1, Math.Min(cut, 6));
        if (lastAmp >= 0 && text.IndexOf(';', lastAmp, cut - lastAmp) < 0)
        {
            cut = lastAmp;
        }

        var lastOpen = text.LastIndexOf('<', cut - 1, Math.Min(cut, 40));
        if (lastOpen >= 0 && text.IndexOf('>', lastOpen, cut - lastOpen) < 0)
        {
            cut = lastOpen;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    /// <summary>Splits escaped text into pieces of at most <paramref name="max"/> characters, preferring line, then word, breaks.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > max)
        {
            var window = rest[..max];
            var at = window.LastIndexOf('\n');
            if (at < max / 2)
            {
                at = window.LastIndexOf(' ');
            }

            if (at < max / 2)
            {
                at = SafeCut(rest, max);
            }

            pieces.Add(rest[..at].TrimEnd().ToString());
            rest = rest[at..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest.ToString());
        }

        return pieces;
    }

    /// <summary>A Slack member id (U…, W…, B…), the only thing RoleBot ever writes inside <c>&lt;@…&gt;</c>.</summary>
    public static bool IsUserId(string? id) => !string.IsNullOrEmpty(id) && UserIdPattern().IsMatch(id);

    private static int SafeCut(ReadOnlySpan<char> text, int max)
    {
        var cut = max;
        var amp = text[..cut].LastIndexOf('&');
        if (amp >= 0 && amp > cut - 6 && text[amp..cut].IndexOf(';') < 0)
        {
            cut = amp;
        }

        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return cut;
    }

    [GeneratedRegex("^[UWB][A-Z0-9]{2,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserIdPattern();
}
