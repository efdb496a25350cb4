using RoleBot.Core.Dialog;

namespace RoleBot.Core.Semantic;

/// <summary>
/// The asked example questions with their topic words taken out (<see cref="TopicMask"/>), and a vote over them: does a
/// question ask the kind of thing RoleBot answers (who owns it, whom to call, what share) or another kind (how to do it,
/// what it is, write one, what we spent), whatever topic it names? Sentence vectors weigh the topic far more than what is
/// asked of it, so "how do I patch a server without downtime?" is nearest "who owns patching?" until the topic is gone.
/// </summary>
public sealed class ActIndex
{
    public ActIndex(ISentenceEncoder encoder, IReadOnlyList<ExampleQuestion> examples, TopicMask mask, VectorCache cache, SemanticOptions options,
        bool keepEmbedded = false)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(mask);
        Mask = mask;
        // A question declined for its subject ("who owns the marketing budget?": another department; "what does a CTO do?":
        // a role RoleBot does not cover) says nothing about what may be asked: masked, it would read "who owns the X", the
        // shape of every answered question.
        var masked = examples.Where(e => !e.Implied && !(e.Intent == ExampleQuestion.OutOfScope && AboutAnotherFunction(e.Text)))
            .Select(e => e with { Text = mask.Mask(e.Text) })
            .Where(e => e.Text.Length > 0)
            .ToArray();
        Index = new SemanticIndex(encoder, masked, cache, options, keepEmbedded);
    }

    public TopicMask Mask { get; }

    private static bool AboutAnotherFunction(string text)
    {
        var words = TextCleaner.Tokenize(text).Select(t => t.Text).ToArray();
        return words.Any(Lexicon.OtherFunctions.Contains) || CueWords.OtherRoles.FoundIn(words);
    }

    public SemanticIndex Index { get; }

    /// <summary>
    /// What <paramref name="text"/> asks with its topic words taken out, to be voted on by <see cref="Index"/>; null when it
    /// names no topic, since the vote on the whole question has already seen all there is.
    /// </summary>
    public string? Asked(string text) => Mask.Mask(text) is var asked && asked.Split(' ').Contains(TopicMask.Placeholder) ? asked : null;
}
