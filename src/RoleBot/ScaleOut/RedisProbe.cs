using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RoleBot.ScaleOut;

/// <summary>
/// Connects to Redis at start-up rather than on the first question, notices a dropped connection even when no one is
/// asking, and closes the circuit once a ping succeeds again. StackExchange.Redis reconnects on its own; this only
/// decides when to trust it.
/// </summary>
internal sealed class RedisProbe(IConnectionMultiplexer redis, RedisCircuit circuit, IOptions<RedisOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ProbeInterval, time);
        do
        {
            if (!circuit.IsDegraded)
            {
                // Opens the circuit if the connection dropped while no one was asking.
                circuit.Allows("probe");
                continue;
            }

            try
            {
                await redis.GetDatabase().PingAsync();
                circuit.Restore();
            }
            catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
            {
                // Still down: the circuit stays open and the next tick tries again.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
