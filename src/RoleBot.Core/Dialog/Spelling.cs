using System.Collections.Frozen;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Folds British spellings into American ones ("prioritise" → "prioritize", "centre" → "center"), applied
/// alike to questions and knowledge text so either spelling finds the other.
/// </summary>
internal static class Spelling
{
    private static readonly (string British, string American)[] Suffixes =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("iser", "izer"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
    ];

    /// <summary>Words that end like a British spelling but are spelled the same everywhere.</summary>
    private static readonly FrozenSet<string> Unchanged = new[]
    {
        "advise", "advised", "advises", "advising", "precise", "concise", "enterprise", "enterprises", "exercise", "exercises",
        "promise", "promised", "promises", "premise", "premises", "otherwise", "expertise", "franchise", "compromise",
        "compromised", "compromises", "compromising", "revise", "revised", "supervise", "supervised", "supervising", "devise",
        "devised", "surprise", "surprised", "surprising", "likewise", "paradise", "disguise", "disguised", "despise", "cruise",
        "bruise", "raised", "raises", "raising", "praised", "arise", "arises", "arising", "reprise", "clockwise", "catalyse",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>
    {
        ["licence"] = "license", ["centre"] = "center", ["centres"] = "centers", ["defence"] = "defense", ["offence"] = "offense",
        ["behaviour"] = "behavior", ["behaviours"] = "behaviors", ["programme"] = "program", ["programmes"] = "programs",
        ["colour"] = "color", ["favour"] = "favor", ["labour"] = "labor", ["catalogue"] = "catalog", ["analyse"] = "analyze",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string American(string word)
    {
        if (Words.TryGetValue(word, out var american))
        {
            return american;
        }

        if (word.Length < 6 || Unchanged.Contains(word))
        {
            return word;
        }

        foreach (var (british, replacement) in Suffixes)
        {
            if (word.EndsWith(british, StringComparison.Ordinal))
            {
                return word[..^british.Length] + replacement;
            }
        }

        return word;
    }
}
