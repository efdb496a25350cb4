using System.Text;
using System.Text.RegularExpressions;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Turns what a chat client delivers into plain words: drops Slack and Teams mention markup,
/// expands contractions, keeps letters, digits and '%' and folds everything else to spaces.
/// </summary>
public static partial class TextCleaner
{
    public const int MaxQuestionLength = 4000;

    private const string ClauseBreaks = ",;:.?!()[]\u2013\u2014";

    // Slack wraps mentions, channels, specials and links in <...>; keep a link's label, drop the rest.
    [GeneratedRegex(@"<(?<kind>[@#!])?(?<link>[^>|]*)(?:\|(?<label>[^>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMarkup();

    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TeamsMention();

    /// <summary>Removes mention markup and leading bot addressing, leaving what the person typed.</summary>
    public static string StripMarkup(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var withoutTeams = text.Contains("<at", StringComparison.OrdinalIgnoreCase) ? TeamsMention().Replace(text, " ") : text;
        if (!withoutTeams.Contains('<'))
        {
            return withoutTeams.Trim();
        }

        return SlackMarkup().Replace(withoutTeams, m =>
            m.Groups["kind"].Success || !m.Groups["label"].Success ? " " : m.Groups["label"].Value).Trim();
    }

    /// <summary>
    /// Lower-cased words with contractions expanded. "IT" written in capitals becomes the token
    /// <c>it</c> marked as the department (see <see cref="Token.IsDepartmentIt"/>), so "who owns it?" and
    /// "who owns IT?" stay apart.
    /// </summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c) || c == '%')
            {
                word.Append(c);
                continue;
            }

            if (c is '\'' or '\u2019' && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // Keep the apostrophe inside the word; contractions are expanded when the word ends.
                word.Append('\'');
                continue;
            }

            if (word.Length > 0)
            {
                var raw = word.ToString();
                AddWord(tokens, raw, raw is "IT" or "IT's");
                word.Clear();
            }

            if (tokens.Count > 0 && ClauseBreaks.Contains(c))
            {
                tokens[^1] = tokens[^1] with { EndsClause = true };
            }
        }

        return tokens;
    }

    private static void AddWord(List<Token> tokens, string raw, bool upperIt)
    {
        var lower = raw.ToLowerInvariant();
        var apostrophe = lower.IndexOf('\'');
        if (apostrophe < 0)
        {
            tokens.Add(new Token(lower, upperIt));
            return;
        }

        var stem = lower[..apostrophe];
        var tail = lower[(apostrophe + 1)..];
        switch (tail)
        {
            case "t" when stem == "can":
                tokens.Add(new Token("can", false));
                tokens.Add(new Token("not", false));
                break;
            case "t" when stem == "won":
                tokens.Add(new Token("will", false));
                tokens.Add(new Token("not", false));
                break;
            case "t" when stem.EndsWith('n'):
                tokens.Add(new Token(stem[..^1], false));
                tokens.Add(new Token("not", false));
                break;
            case "s" when stem is "what" or "who" or "where" or "how" or "that" or "there" or "it" or "here" or "which" or "when":
                tokens.Add(new Token(stem, false));
                tokens.Add(new Token("is", false));
                break;
            case "s":
                // A possessive: "the CISO's budget" is about the CISO.
                tokens.Add(new Token(stem, stem == "it" && upperIt));
                break;
            case "re":
                tokens.Add(new Token(stem, false));
                tokens.Add(new Token("are", false));
                break;
            case "ve":
                tokens.Add(new Token(stem, false));
                tokens.Add(new Token("have", false));
                break;
            case "ll":
                tokens.Add(new Token(stem, false));
                tokens.Add(new Token("will", false));
                break;
            case "d":
                tokens.Add(new Token(stem, false));
                tokens.Add(new Token("would", false));
                break;
            case "m":
                tokens.Add(new Token(stem, false));
                tokens.Add(new Token("am", false));
                break;
            default:
                tokens.Add(new Token(stem + tail, false));
                break;
        }
    }
}
