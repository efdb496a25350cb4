using System.Collections.Frozen;
using RoleBot.Core.Answers;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Words that, once an intent is known, only repeat it ("share" in a figures question, "difference" in a
/// comparison): they must not count against the question when judging whether it is in scope. The words are
/// <c>intent_filler</c> in <c>cues.yml</c>.
/// </summary>
internal static class IntentFiller
{
    private static readonly FrozenDictionary<Intent, FrozenSet<string>> Stems = Cues.IntentFiller()
        .ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Select(Stemmer.Stem).ToFrozenSet(StringComparer.Ordinal));

    public static AnalyzedQuery Remove(AnalyzedQuery query, Intent intent) =>
        Stems.TryGetValue(intent, out var filler) && query.ContentTerms.Any(filler.Contains)
            ? query with { ContentTerms = query.ContentTerms.Where(t => !filler.Contains(t)).ToArray() }
            : query;
}
