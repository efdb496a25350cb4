using RoleBot.Core.Answers;

namespace RoleBot.Core.Dialog;

/// <summary>The one entry point channels call: a question in, an answer out. Never throws for bad input.</summary>
public interface IRoleBotDialog
{
    ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default);
}
