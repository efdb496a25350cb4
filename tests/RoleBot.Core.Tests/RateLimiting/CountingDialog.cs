using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Tests.RateLimiting;

/// <summary>Answers everything and counts how many questions got through.</summary>
internal sealed class CountingDialog : IRoleBotDialog
{
    private int asked;

    public int Asked => Volatile.Read(ref asked);

    public ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref asked);
        return ValueTask.FromResult(new Answer { Answered = true, Intent = Intent.Ownership, Summary = "The CIO." });
    }
}
