using RoleBot.Core.Diagnostics;
using RoleBot.Core.Learning;

namespace RoleBot.Core.RateLimiting;

/// <summary>
/// Holds each person to the same per-window limit for feedback clicks as for questions, so a script
/// clicking "not helpful" in a loop cannot flood the learning database or skew <c>kb gaps</c>. Clicks
/// over the limit are dropped and counted as refused; declined questions pass straight through, since the
/// dialog's own limit already let them in.
/// </summary>
public sealed class RateLimitedLearningLog : ILearningLog, IDisposable
{
    public const string RefusalReason = "feedback_rate_limited";

    private readonly ILearningLog inner;
    private readonly RoleBotMetrics metrics;
    private readonly PerPersonLimiter limiter;

    public RateLimitedLearningLog(ILearningLog inner, RoleBotMetrics metrics, RateLimitOptions options)
    {
        this.inner = inner;
        this.metrics = metrics;
        limiter = new PerPersonLimiter(options);
    }

    public ValueTask RecordFeedbackAsync(FeedbackEntry feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        using var lease = limiter.Acquire(feedback.Channel, feedback.UserId ?? "");
        if (lease.IsAcquired)
        {
            return inner.RecordFeedbackAsync(feedback, cancellationToken);
        }

        metrics.RequestRefused(feedback.Channel, RefusalReason);
        return ValueTask.CompletedTask;
    }

    public ValueTask RecordDeclinedAsync(DeclinedQuestion declined, CancellationToken cancellationToken = default) =>
        inner.RecordDeclinedAsync(declined, cancellationToken);

    public void Dispose() => limiter.Dispose();
}
