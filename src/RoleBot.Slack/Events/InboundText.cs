using System.Text.RegularExpressions;

namespace RoleBot.Slack.Events;

/// <summary>
/// Turns Slack's message markup into the plain question the dialog reads: mentions removed, channel and link labels
/// kept, <c>&amp;amp;</c> <c>&amp;lt;</c> <c>&amp;gt;</c> decoded (Slack escapes them in event text).
/// </summary>
internal static partial class InboundText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var plain = Markup().Replace(text, static m =>
        {
            var kind = m.Groups["type"].Value;
            var label = m.Groups["label"].Success ? m.Groups["label"].Value : null;
            return kind switch
            {
                "@" or "!" => " ",
                "#" => label is null ? " " : "#" + label,
                _ => label ?? m.Groups["link"].Value,
            };
        });

        plain = plain.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        return Whitespace().Replace(plain, " ").Trim();
    }

    // The same shape Bolt matches: <@U123>, <@U123|name>, <#C123|general>, <!here>, <https://x|label>.
    [GeneratedRegex(@"<(?<type>[@#!])?(?<link>[^>|]+)(?:\|(?<label>[^>]+))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
