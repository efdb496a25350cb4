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
    private readonly TimeSpan window;
    private readonly PartitionedRateLimiter<Question> limiter;

    public RateLimitedDialog(IRoleBotDialog inner, RoleBotMetrics metrics, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.inner = inner;
        this.metrics = metrics;
        window = options.Window;
        var limit = new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = options.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        limiter = PartitionedRateLimiter.Create<Question, string>(question => question.Channel == "cli"
            ? RateLimitPartition.GetNoLimiter(question.Channel)
            : RateLimitPartition.GetFixedWindowLimiter(PartitionKey(question), _ => limit));
    }

    /// <summary>Channel plus user id; the conversation id stands in when a channel does not know the user.</summary>
    public static string PartitionKey(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var who = !string.IsNullOrEmpty(question.UserId) ? "user:" + question.UserId : "conversation:" + question.ConversationId;
        return question.Channel + "|" + who;
    }

    public ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        using var lease = limiter.AttemptAcquire(question);
        if (lease.IsAcquired)
        {
            return inner.AskAsync(question, cancellationToken);
        }

        metrics.RequestRefused(question.Channel, RefusalReason);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        return ValueTask.FromResult(RateLimitedAnswer.Create(retryAfter));
    }

    public void Dispose() => limiter.Dispose();
}
