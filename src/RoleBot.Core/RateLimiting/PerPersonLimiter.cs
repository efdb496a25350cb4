using System.Threading.RateLimiting;

namespace RoleBot.Core.RateLimiting;

/// <summary>
/// A fixed-window limit of <see cref="RateLimitOptions.PermitLimit"/> per <see cref="RateLimitOptions.Window"/> for each
/// person on each channel. The CLI is never limited: its user is on the machine.
/// </summary>
public sealed class PerPersonLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string Channel, string Person)> _limiter;

    public PerPersonLimiter(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Window = options.Window;
        var limit = new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = options.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _limiter = PartitionedRateLimiter.Create<(string Channel, string Person), string>(key => key.Channel == "cli"
            ? RateLimitPartition.GetNoLimiter(key.Channel)
            : RateLimitPartition.GetFixedWindowLimiter(key.Channel + "|" + key.Person, _ => limit));
    }

    public TimeSpan Window { get; }

    public RateLimitLease Acquire(string channel, string person) => _limiter.AttemptAcquire((channel, person));

    public void Dispose() => _limiter.Dispose();
}
