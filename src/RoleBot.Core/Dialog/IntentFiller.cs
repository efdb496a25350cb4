using System.Collections.Frozen;
using RoleBot.Core.Answers;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Words that, once an intent is known, only repeat it ("share" in a figures question, "difference" in a
/// comparison): they must not count against the question when judging whether it is in scope.
/// </summary>
internal static class IntentFiller
{
    private static readonly FrozenDictionary<Intent, FrozenSet<string>> Stems = new Dictionary<Intent, string[]>
    {
        [Intent.Statistic] =
        [
            "share", "percentage", "percent", "proportion", "fraction", "statistics", "statistic", "figures", "figure",
            "numbers", "number", "survey", "surveys", "research", "studies", "study", "evidence", "ratio", "rate", "common",
            "likely", "say", "says", "said", "think", "believe", "claim", "claims", "typical", "average", "majority",
        ],
        [Intent.Comparison] =
        [
            "difference", "differences", "differ", "different", "differently", "distinguish", "compare", "compared",
            "comparison", "vs", "versus", "contrast", "similar", "similarities", "relationship", "between", "two", "split",
        ],
        [Intent.Role] = ["profile", "describe", "explain", "description", "day", "life", "typical", "exactly", "main"],
        [Intent.Escalation] =
        [
            "contact", "call", "notify", "inform", "alert", "tell", "told", "know", "urgent", "urgently", "asap",
            "happen", "happened", "happening", "think", "suspect", "help", "quick", "quickly", "immediately", "someone",
        ],
        [Intent.Reporting] = ["report", "reports", "reporting", "line", "lines", "structure", "chain", "boss", "answer"],
    }.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Select(Stemmer.Stem).ToFrozenSet(StringComparer.Ordinal));

    public static AnalyzedQuery Remove(AnalyzedQuery query, Intent intent) =>
        Stems.TryGetValue(intent, out var filler) && query.ContentTerms.Any(filler.Contains)
            ? query with { ContentTerms = query.ContentTerms.Where(t => !filler.Contains(t)).ToArray() }
            : query;
}
