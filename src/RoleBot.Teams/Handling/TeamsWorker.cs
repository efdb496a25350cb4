using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Diagnostics;
using RoleBot.Teams.Configuration;
using RoleBot.Teams.Diagnostics;

namespace RoleBot.Teams.Handling;

/// <summary>Answers queued activities after their 200, with <see cref="TeamsOptions.Workers"/> readers; every item ends logged.</summary>
internal sealed class TeamsWorker(
    TeamsWorkQueue queue,
    TeamsWorkHandler handler,
    RoleBotMetrics metrics,
    IOptions<TeamsOptions> options,
    ILogger<TeamsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var readers = Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => ReadAsync(stoppingToken), CancellationToken.None));
        await Task.WhenAll(readers);
        while (queue.Reader.TryRead(out var left))
        {
            TeamsLog.Dropped(logger, left.Kind, left.Activity.Id ?? "-");
        }
    }

    private async Task ReadAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(work);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what is still queued is logged as dropped by ExecuteAsync.
        }
    }

    /// <summary>Work in flight finishes even while stopping: its HTTP calls are bounded by timeouts and retries.</summary>
    private async Task RunAsync(TeamsWork work)
    {
        try
        {
            if (await handler.HandleAsync(work, CancellationToken.None))
            {
                TeamsLog.Completed(logger, work.Kind, work.Activity.Id ?? "-");
            }
            else
            {
                metrics.OutboundFailed(TeamsLog.Channel, work.Kind);
            }
        }
        catch (Exception exception)
        {
            TeamsLog.WorkFailed(logger, exception.GetType().Name, work.Kind, work.Activity.Id ?? "-");
            metrics.OutboundFailed(TeamsLog.Channel, work.Kind);
        }
    }
}
