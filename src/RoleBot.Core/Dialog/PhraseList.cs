using System.Collections.Frozen;

namespace RoleBot.Core.Dialog;

/// <summary>
/// A list of cue phrases indexed by first word, so finding whether any occurs in a question costs one lookup per
/// word of the question rather than a scan of every phrase (the classifier checks hundreds on every question).
/// </summary>
internal sealed class PhraseList
{
    private readonly FrozenDictionary<string, string[][]> _byFirstWord;

    public PhraseList(params string[][] phrases)
    {
        Phrases = phrases;
        _byFirstWord = phrases.GroupBy(p => p[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<string[]> Phrases { get; }

    /// <summary>True when one of the phrases occurs in <paramref name="words"/> as consecutive words, in order.</summary>
    public bool FoundIn(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (OccursAt(words, i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when one of the phrases occurs in <paramref name="words"/> starting at <paramref name="start"/>.</summary>
    public bool StartsAt(IReadOnlyList<string> words, int start) =>
        start < words.Count && _byFirstWord.TryGetValue(words[start], out var candidates) && candidates.Any(p => OccursAt(words, start, p));

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="words"/> starting at <paramref name="start"/>.</summary>
    public static bool OccursAt(IReadOnlyList<string> words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(words[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
