using System.Collections.Concurrent;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Benchmarks.Web;

/// <summary>
/// Stands in for the dialog so the web benchmark measures everything around it: the first time a question's text
/// arrives the real dialog answers it (ask.lua asks each follow-up right after its subject, so the remembered answer is the
/// one a conversation gets); every later time the remembered answer comes back at once. The answers keep their real size
/// and their real share of declines, so serialisation and learning-log writes cost what they cost in use.
/// </summary>
internal sealed class ReplayingDialog(RoleBotDialog real) : IRoleBotDialog
{
    private readonly ConcurrentDictionary<string, Task<Answer>> answers = new(StringComparer.Ordinal);

    public ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        var answer = answers.GetOrAdd(question.Text, _ => real.AskAsync(question, CancellationToken.None).AsTask());
        return answer.IsCompletedSuccessfully ? ValueTask.FromResult(answer.Result) : new ValueTask<Answer>(answer);
    }
}
