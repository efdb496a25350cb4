using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Slack.Tests.Support;

/// <summary>A dialog that holds every question until <see cref="Release"/>, so a test can keep the worker busy and fill the queue.</summary>
public sealed class GatedDialog : IRoleBotDialog
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource firstAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task FirstAsked => firstAsked.Task;

    public void Release() => gate.TrySetResult();

    public async ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        firstAsked.TrySetResult();
        await gate.Task.WaitAsync(cancellationToken);
        return new Answer { Answered = true, Intent = Intent.Ownership, Owner = new RoleOwner("CISO"), Title = "Held", Summary = question.Text };
    }
}
