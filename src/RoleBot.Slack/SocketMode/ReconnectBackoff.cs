using Microsoft.Extensions.Options;

namespace RoleBot.Slack.SocketMode;

/// <summary>
/// How long to wait before the next connection attempt: the base delay doubling with each failure in a row, up to the
/// maximum, then jittered between half and all of it, so many instances dropped together do not reconnect together.
/// A 429's Retry-After is a floor.
/// </summary>
internal sealed class ReconnectBackoff(IOptions<SlackOptions> options)
{
    /// <param name="failures">Attempts failed in a row, at least 1.</param>
    /// <param name="retryAfter">The wait Slack asked for, if any.</param>
    public TimeSpan Next(int failures, TimeSpan? retryAfter)
    {
        var settings = options.Value;
        var doubled = settings.SocketReconnectDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var capped = Math.Min(doubled, settings.SocketReconnectMaxDelay.TotalMilliseconds);
        var jittered = TimeSpan.FromMilliseconds(capped / 2 + Random.Shared.NextDouble() * capped / 2);
        return retryAfter is { } floor && floor > jittered ? floor : jittered;
    }
}
