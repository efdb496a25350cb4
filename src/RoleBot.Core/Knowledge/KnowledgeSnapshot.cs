using System.Collections.Frozen;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Knowledge;

/// <summary>A knowledge base together with the search indexes built over it; replaced whole on reload.</summary>
public sealed class KnowledgeSnapshot
{
    /// <summary>
    /// The cue words and shorthand the language files name: "5 min ago" is not a mishearing of "manage". Stop words stay
    /// unknown here, since a mishearing is often made of them ("ran somewhere").
    /// </summary>
    private static readonly FrozenSet<string> LanguageWords = CueWords.All.Concat(Lexicon.Expansions.Keys)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "What does the see tee oh do?" is about a role RoleBot does not cover and must be heard as one to be declined as
    /// one; the one-word names of such roles are acronyms to spell.
    /// </summary>
    private static IEnumerable<string> OtherRoleAcronyms() =>
        CueWords.OtherRoles.Phrases.Where(p => p is [{ Length: <= 6 } word] && word.All(char.IsAsciiLetter) && !word.EndsWith('s'))
            .Select(p => p[0].ToUpperInvariant());

    public KnowledgeSnapshot(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        Analyzer = new QueryAnalyzer(Vocabulary(knowledge), knowledge.Synonyms, knowledge.Roles);
        SoundAlike = new SoundAlike(
            knowledge.Roles.Select(r => r.Id),
            Vocabulary(knowledge).SelectMany(text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase)
                .Concat(OtherRoleAcronyms()),
            word => Analyzer.Knows(word) || LanguageWords.Contains(word),
            Cues.LetterNames(),
            CueWords.Determiners,
            CueWords.FirstPerson.Concat(CueWords.Pronouns));
        Responsibilities = new SearchIndex<Responsibility>(knowledge.Responsibilities, r =>
        [
            new SearchField([r.Name], 3, IsPhraseList: true),
            new SearchField(r.Aliases, 2, IsPhraseList: true),
            new SearchField(r.Keywords, 1.5),
        ]);
        Statistics = new SearchIndex<Statistic>(knowledge.Statistics, s =>
        [
            new SearchField([s.Claim], 1.5),
            new SearchField(s.Keywords, 2, IsPhraseList: true),
            new SearchField([s.Population], 1),
        ]);
        Playbooks = new SearchIndex<Playbook>(knowledge.Playbooks, p =>
        [
            new SearchField([p.Name], 2.5, IsPhraseList: true),
            new SearchField(p.Triggers, 2, IsPhraseList: true),
        ]);
        Comparisons = new SearchIndex<ComparisonEntry>(
            knowledge.Comparisons.Select(c => new ComparisonEntry(c, null))
                .Concat(knowledge.Topics.Select(t => new ComparisonEntry(null, t))),
            e => e.Comparison is { } c
                ? [new SearchField([c.Aspect], 3, IsPhraseList: true), new SearchField(c.Keywords, 2, IsPhraseList: true)]
                : [new SearchField([e.Topic!.Title], 3, IsPhraseList: true), new SearchField(e.Topic.Keywords, 2, IsPhraseList: true)]);
    }

    public KnowledgeBase Knowledge { get; }

    internal QueryAnalyzer Analyzer { get; }
    internal SoundAlike SoundAlike { get; }
    internal SearchIndex<Responsibility> Responsibilities { get; }
    internal SearchIndex<Statistic> Statistics { get; }
    internal SearchIndex<Playbook> Playbooks { get; }
    internal SearchIndex<ComparisonEntry> Comparisons { get; }

    /// <summary>True when some entry of any kind is indexed under the stem.</summary>
    internal bool Indexes(string stem) =>
        Responsibilities.Contains(stem) || Statistics.Contains(stem) || Playbooks.Contains(stem) || Comparisons.Contains(stem);

    private static IEnumerable<string> Vocabulary(KnowledgeBase k) =>
        k.Responsibilities.SelectMany(r => r.Aliases.Concat(r.Keywords).Append(r.Name))
            .Concat(k.Statistics.SelectMany(s => s.Keywords.Append(s.Claim).Append(s.Population)))
            .Concat(k.Playbooks.SelectMany(p => p.Triggers.Append(p.Name)))
            .Concat(k.Comparisons.SelectMany(c => c.Keywords.Append(c.Aspect)))
            .Concat(k.Topics.SelectMany(t => t.Keywords.Append(t.Title)))
            .Concat(k.Roles.SelectMany(r => r.Aliases.Append(r.Title)));
}
