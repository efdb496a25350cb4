using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Diagnostics;

/// <summary>Counts every answer by channel, intent and outcome and times it, for every channel at once.</summary>
public sealed class MeteredDialog(IRoleBotDialog inner, RoleBotMetrics metrics, TimeProvider time) : IRoleBotDialog
{
    public async ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var started = time.GetTimestamp();
        var answer = await inner.AskAsync(question, cancellationToken);
        metrics.QuestionAnswered(question.Channel, answer, time.GetElapsedTime(started));
        return answer;
    }
}
