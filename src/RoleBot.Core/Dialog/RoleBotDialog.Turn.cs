using RoleBot.Core.Answers;
using RoleBot.Core.Conversations;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

// One question being answered, with what the answering steps share about it.
public sealed partial class RoleBotDialog
{
    private sealed record Turn(
        KnowledgeSnapshot Snapshot,
        AnswerComposer Composer,
        AnalyzedQuery Query,
        IntentGuess Guess,
        ConversationState? Previous,
        double Threshold)
    {
        public KnowledgeBase Knowledge => Snapshot.Knowledge;

        /// <summary>The question's specific stems that the knowledge base indexes at all.</summary>
        public IReadOnlyList<string> KnownContent { get; } = Query.ContentTerms.Where(Snapshot.Indexes).ToArray();

        /// <summary>Stems of the words that name an incident ("malware", "breached"), typed or meant ("public repo": leaked).</summary>
        public IReadOnlyList<string> IncidentStems { get; } =
            Query.Words.Where(CueWords.IncidentWords.Contains).Select(Stemmer.Stem)
                .Concat(Query.Terms.Where(CueWords.IncidentStems.Contains))
                .Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>Stems of every word of the question, stop words and cue words included; made only when a playbook asks.</summary>
        public IReadOnlySet<string> WordStems => field ??= Query.Words.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

        /// <summary>"that", "it", "they" with nothing else to go on: the previous turn's topic is meant.</summary>
        public bool RefersBack => Query.ContentTerms.Count == 0 && Query.Words.Any(CueWords.Pronouns.Contains);
    }
}
