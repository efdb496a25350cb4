using RoleBot.Core.Answers;

namespace RoleBot.Core.Dialog;

/// <summary>A question read into the pieces the dialog decides with.</summary>
/// <param name="Words">Every word, lower-cased, contractions expanded, typos corrected: what cue phrases are looked for in.</param>
/// <param name="Terms">Stems of the words that name a topic: no stop words, no ownership verbs, no role names.</param>
/// <param name="ContentTerms">The subset of <paramref name="Terms"/> specific enough to decide whether a question is in scope.</param>
/// <param name="Roles">The roles the question names, in order of first mention.</param>
/// <param name="Corrections">How many words were typo-corrected.</param>
/// <param name="RoleNames">The one-word names of the knowledge base's roles ("cio", "cisos"), wherever they occur.</param>
/// <param name="RoleFreeWords">The words with every role the question names replaced by <see cref="RolePlaceholder"/>: what is asked, whoever it is asked about.</param>
/// <param name="Denied">For each of <paramref name="Words"/>, whether the question denies it ("not a virus"): denied words are no topic.</param>
/// <param name="ClauseStarts">For each of <paramref name="Words"/>, whether it begins a sentence or clause.</param>
internal sealed record AnalyzedQuery(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> ContentTerms,
    IReadOnlyList<RoleOwner> Roles,
    int Corrections,
    IReadOnlySet<string> RoleNames,
    IReadOnlyList<string> RoleFreeWords,
    IReadOnlyList<bool> Denied,
    IReadOnlyList<bool> ClauseStarts)
{
    /// <summary>A token no language uses as a word, so it stands for "some role" without meaning one.</summary>
    public const string RolePlaceholder = "X";

    public bool Has(string word) => Words.Contains(word);

    /// <summary>True when the question guards against something ("make sure it never leaks") rather than reporting it.</summary>
    public bool GuardsAgainst => Words.Any(w => CueWords.Prevention.Contains(w) || CueWords.IncidentNegators.Contains(w));

    /// <summary>True when the words appear next to each other, in order.</summary>
    public bool HasPhrase(params string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= Words.Count; i++)
        {
            if (PhraseList.OccursAt(Words, i, phrase))
            {
                return true;
            }
        }

        return false;
    }
}
