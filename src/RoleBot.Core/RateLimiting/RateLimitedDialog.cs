using System.Threading.RateLimiting;
using RoleBot.Core.Answers;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.RateLimiting;

/// <summary>
/// Limits each person, per channel, to <see cref="RateLimitOptions.PermitLimit"/> questions per window, so one
/// noisy user or script cannot starve everyone else. The CLI is not limited: its user is on the machine.
/// </summary>
public sealed class RateLimitedDialog : IRoleBotDialog, IDisposable
{
    public const string RefusalReason = "rate_limited";

    private readonly IRoleBotDialog inner;
    private readonly RoleBotMetrics metrics;
    private readonly PerPersonLimiter limiter;

    public RateLimitedDialog(IRoleBotDialog inner, RoleBotMetrics metrics, RateLimitOptions options)
    {
        this.inner = inner;
        this.metrics = metrics;
        limiter = new PerPersonLimiter(options);
    }

    public ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        using var lease = limiter.Acquire(question.Channel, Person(question));
        if (lease.IsAcquired)
        {
            return inner.AskAsync(question, cancellationToken);
        }

        metrics.RequestRefused(question.Channel, RefusalReason);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : limiter.Window;
        return ValueTask.FromResult(RateLimitedAnswer.Create(retryAfter));
    }

    public void Dispose() => limiter.Dispose();

    /// <summary>The user id; the conversation id stands in when a channel does not know the user.</summary>
    private static string Person(Question question) =>
        !string.IsNullOrEmpty(question.UserId) ? "user:" + question.UserId : "conversation:" + question.ConversationId;
}
