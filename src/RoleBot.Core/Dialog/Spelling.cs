using System.Collections.Frozen;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Folds British spellings into American ones ("prioritise" → "prioritize", "centre" → "center"), applied
/// alike to questions and knowledge text so either spelling finds the other. The words and endings are
/// <c>spelling</c> in <c>cues.yml</c>.
/// </summary>
internal static class Spelling
{
    /// <summary>Shorter words are left alone: "rise" and "wise" end like a British spelling.</summary>
    private const int MinLength = 6;

    private static readonly Cues.SpellingRules Rules = Cues.Spelling();

    public static string American(string word)
    {
        if (Rules.Words.TryGetValue(word, out var american))
        {
            return american;
        }

        if (word.Length < MinLength || Rules.Unchanged.Contains(word))
        {
            return word;
        }

        foreach (var (british, replacement) in Rules.Suffixes)
        {
            if (word.EndsWith(british, StringComparison.Ordinal))
            {
                return word[..^british.Length] + replacement;
            }
        }

        return word;
    }
}
