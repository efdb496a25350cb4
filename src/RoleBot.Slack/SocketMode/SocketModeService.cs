using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Slack.Diagnostics;

namespace RoleBot.Slack.SocketMode;

/// <summary>
/// Keeps <see cref="SlackOptions.SocketConnections"/> Socket Mode connections open while RoleBot runs. When Slack asks for
/// a connection to be replaced, the replacement opens at once while the old one drains, so there is no gap; when one
/// drops, it is reopened after a jittered backoff while the others keep receiving. Does nothing without an app token.
/// </summary>
internal sealed class SocketModeService(
    SocketModeConnector connector,
    ReconnectBackoff backoff,
    SocketModeMetrics metrics,
    SlackTransportStatus status,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    /// <summary>Slack closes a connection about ten seconds after warning; past this the old one is closed from here.</summary>
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(30);

    private int opened;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.SocketModeEnabled)
        {
            return Task.CompletedTask;
        }

        SocketModeLog.Starting(logger, settings.SocketConnections);
        return Task.WhenAll(Enumerable.Range(0, settings.SocketConnections).Select(_ => KeepOneOpenAsync(stoppingToken)));
    }

    private async Task KeepOneOpenAsync(CancellationToken stopping)
    {
        var stopped = Task.Delay(Timeout.Infinite, stopping);
        var draining = new List<Task>();
        var failures = 0;
        while (!stopping.IsCancellationRequested && !status.SocketLinkDisabled)
        {
            var attempt = await connector.ConnectAsync(Interlocked.Increment(ref opened), stopping);
            if (attempt.Connection is not { } connection)
            {
                if (!stopping.IsCancellationRequested)
                {
                    var wait = backoff.Next(++failures, attempt.RetryAfter);
                    SocketModeLog.OpenFailed(logger, attempt.Error!, wait);
                    await DelayAsync(wait, stopping);
                }

                continue;
            }

            await Task.WhenAny(connection.Completion, connection.Disconnecting, stopped);
            if (stopping.IsCancellationRequested)
            {
                await connection.DisposeAsync();
                break;
            }

            // Checked before Completion: a disconnect message followed at once by the close is a refresh, not a drop.
            if (connection.Disconnecting.IsCompleted)
            {
                var reason = await connection.Disconnecting;
                if (reason == DisconnectReasons.LinkDisabled)
                {
                    status.SocketLinkDisabled = true;
                    SocketModeLog.LinkDisabled(logger);
                    await connection.DisposeAsync();
                    break;
                }

                SocketModeLog.Refresh(logger, connection.Number, reason);
                metrics.Reconnect(reason);
                failures = 0;
                draining.RemoveAll(static d => d.IsCompleted);
                draining.Add(DrainAsync(connection, stopping));
                continue;
            }

            await connection.DisposeAsync();
            failures = connection.SaidHello ? 1 : failures + 1;
            var delay = backoff.Next(failures, null);
            SocketModeLog.Dropped(logger, connection.Number, delay);
            metrics.Reconnect("dropped");
            await DelayAsync(delay, stopping);
        }

        await Task.WhenAll(draining);
    }

    /// <summary>Lets a connection Slack is retiring deliver what it still has, until Slack closes it.</summary>
    private static async Task DrainAsync(SocketModeConnection connection, CancellationToken stopping)
    {
        await connection.Completion.WaitAsync(DrainLimit, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await connection.DisposeAsync();
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken stopping) =>
        await Task.Delay(delay, time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
}
