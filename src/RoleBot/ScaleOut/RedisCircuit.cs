using RoleBot.Core.Diagnostics;
using RoleBot.Operations;
using StackExchange.Redis;

namespace RoleBot.ScaleOut;

/// <summary>
/// The circuit breaker in front of Redis. A lost connection opens it at once, timeouts after
/// <see cref="TimeoutsToOpen"/> in a row; while open, no answer waits for Redis and shared state falls back to this
/// instance's memory. Only <see cref="RedisProbe"/> closes it, after a ping succeeds, so requests never pay for finding
/// out whether Redis is back. One warning per outage, not one per request.
/// </summary>
internal sealed partial class RedisCircuit(IConnectionMultiplexer redis, RoleBotMetrics metrics, ILogger<RedisCircuit> logger) : IDependencyStatus
{
    /// <summary>
    /// One slow command on a busy machine is not an outage: the soak run saw a lone timeout open the circuit, and the
    /// Slack claims made locally meanwhile answered two events twice. A frozen Redis times out every command, so two
    /// in a row still open it within a couple of operation timeouts.
    /// </summary>
    public const int TimeoutsToOpen = 2;

    private int open;
    private int timeoutsInARow;

    public string Name => "redis";

    public bool IsDegraded => Volatile.Read(ref open) == 1;

    /// <summary>True when <paramref name="operation"/> may go to Redis; a lost connection opens the circuit without trying.</summary>
    public bool Allows(string operation)
    {
        if (IsDegraded)
        {
            return false;
        }

        if (redis.IsConnected)
        {
            return true;
        }

        Trip(operation, "not connected");
        return false;
    }

    public void Trip(string operation, string reason)
    {
        if (Interlocked.Exchange(ref open, 1) == 0)
        {
            LogOutage(logger, operation, reason);
        }
    }

    public void Restore()
    {
        Volatile.Write(ref timeoutsInARow, 0);
        if (Interlocked.Exchange(ref open, 0) == 1)
        {
            LogRestored(logger);
        }
    }

    /// <summary>As <see cref="RunAsync{T}"/>, for operations with no result.</summary>
    public async ValueTask RunAsync(string operation, Func<Task> shared, Func<ValueTask> local, CancellationToken cancellationToken) =>
        await RunAsync(
            operation,
            async () =>
            {
                await shared();
                return true;
            },
            async () =>
            {
                await local();
                return true;
            },
            cancellationToken);

    /// <summary>Runs <paramref name="shared"/> on Redis while the circuit is closed, else (or when it fails) <paramref name="local"/>.</summary>
    public async ValueTask<T> RunAsync<T>(string operation, Func<Task<T>> shared, Func<ValueTask<T>> local, CancellationToken cancellationToken)
    {
        if (Allows(operation))
        {
            try
            {
                var result = await shared();
                Volatile.Write(ref timeoutsInARow, 0);
                return result;
            }
            catch (RedisTimeoutException)
            {
                metrics.SharedStateTimedOut(operation);
                if (Interlocked.Increment(ref timeoutsInARow) >= TimeoutsToOpen)
                {
                    Trip(operation, nameof(RedisTimeoutException));
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                Trip(operation, e.GetType().Name);
            }
        }

        metrics.SharedStateFellBack(operation);
        return await local();
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Warning, Message = "Redis is unreachable ({Operation}: {Reason}); shared state falls back to this instance's memory until it returns")]
    private static partial void LogOutage(ILogger logger, string operation, string reason);

    [LoggerMessage(EventId = 61, Level = LogLevel.Information, Message = "Redis is reachable again; shared state is back in Redis")]
    private static partial void LogRestored(ILogger logger);
}
