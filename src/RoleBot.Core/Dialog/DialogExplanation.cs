using RoleBot.Core.Answers;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Why RoleBot answered a question as it did, for whoever teaches it new examples: the text as read (after sound-alike
/// rewriting), the lexical reading's answer, and the vote of the nearest examples with the examples themselves.
/// </summary>
/// <param name="Match">Null when the sentence model is switched off or cannot run here.</param>
public sealed record DialogExplanation(string Reading, Answer Lexical, SemanticMatch? Match, Answer Final)
{
    /// <summary>The vote on the question with the roles it names taken out, when it names any.</summary>
    public SemanticMatch? RoleFree { get; init; }

    /// <summary>The vote on what the question asks with its topic words taken out, when it names a topic.</summary>
    public SemanticMatch? Act { get; init; }
}
