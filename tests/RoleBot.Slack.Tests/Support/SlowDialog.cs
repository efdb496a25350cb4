using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Slack.Tests.Support;

/// <summary>A dialog that takes its time, to push slash commands past their ack budget.</summary>
public sealed class SlowDialog(TimeSpan delay) : IRoleBotDialog
{
    public async ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        return new Answer { Answered = true, Intent = Intent.Ownership, Owner = new RoleOwner("CIO"), Title = "Slow topic", Summary = "The CIO owns this, eventually." };
    }
}
