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
        // Partitioned by the (channel, person) pair itself, with one factory made here: building a "channel|person"
        // string and a closure on every question cost each request two allocations for nothing.
        Func<(string Channel, string Person), FixedWindowRateLimiter> perPerson = _ => new FixedWindowRateLimiter(limit);
        _limiter = PartitionedRateLimiter.Create<(string Channel, string Person), (string Channel, string Person)>(key => key.Channel == "cli"
            ? RateLimitPartition.GetNoLimiter(("cli", ""))
            : new RateLimitPartition<(string Channel, string Person)>(key, perPerson));
    }

    public TimeSpan Window { get; }

    public RateLimitLease Acquire(string channel, string person) => _limiter.AttemptAcquire((channel, person));

    public void Dispose() => _limiter.Dispose();
}
