using System.Collections.Frozen;
using RoleBot.Core.Dialog;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Semantic;

/// <summary>
/// Takes out of a sentence the words the knowledge base names its topics with (the names and aliases of its
/// responsibilities, the names and triggers of its playbooks, its roles' titles, its synonyms), keeping the words that
/// say what is asked of the topic: "how do I patch a Windows server without downtime?" becomes "how do i a without
/// downtime". Stop words and ownership words ("who", "owns", "handles") are never topic words, even where a name uses them.
/// </summary>
public sealed class TopicMask
{
    /// <summary>What a run of topic words becomes: a token no language uses as a word, so the sentence keeps its shape.</summary>
    public const string Placeholder = "X";

    private readonly FrozenSet<string> topicWords;

    public TopicMask(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var phrases = knowledge.Responsibilities.SelectMany(r => r.Aliases.Append(r.Name))
            .Concat(knowledge.Playbooks.SelectMany(p => p.Triggers.Append(p.Name)))
            .Concat(knowledge.Roles.SelectMany(r => r.Aliases.Append(r.Title).Append(r.Id)))
            .Concat(knowledge.Synonyms.SelectMany(s => s.Say.Concat(s.Mean)));
        topicWords = phrases.SelectMany(TextCleaner.Tokenize).Select(t => t.Text)
            .Where(w => !Lexicon.StopWords.Contains(w) && !Lexicon.OwnershipWords.Contains(w))
            .SelectMany(w => w.Length > 3 && w.EndsWith('s') ? new[] { w, w[..^1] } : new[] { w, w + "s" })
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// <paramref name="text"/> lower-cased, each run of topic words replaced by one <see cref="Placeholder"/>, words joined
    /// by spaces.
    /// </summary>
    public string Mask(string text)
    {
        var words = new List<string>();
        foreach (var token in TextCleaner.Tokenize(text ?? ""))
        {
            var word = topicWords.Contains(token.Text) ? Placeholder : token.Text;
            if (word != Placeholder || words.Count == 0 || words[^1] != Placeholder)
            {
                words.Add(word);
            }
        }

        return string.Join(' ', words);
    }
}
