using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Slack.Diagnostics;

namespace RoleBot.Slack.Queue;

/// <summary>
/// Answers queued work after the ack, with <see cref="SlackOptions.Workers"/> readers. Every item ends logged and
/// counted as completed, failed or (at shutdown) dropped, so an accepted event is never lost without a trace.
/// </summary>
internal sealed class SlackWorker(SlackWorkQueue queue, SlackWorkHandler handler, SlackMetrics metrics, IOptions<SlackOptions> options, ILogger<SlackWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var readers = Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => ReadAsync(stoppingToken), CancellationToken.None));
        await Task.WhenAll(readers);
        while (queue.Reader.TryRead(out var left))
        {
            SlackLog.Dropped(logger, left.Kind, left.Id);
            metrics.Dropped(left.Kind);
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
            // Shutting down; whatever is still queued is logged as dropped by ExecuteAsync.
        }
    }

    /// <summary>Work in flight is finished even while stopping: its HTTP calls are bounded by the attempt timeout and retry count.</summary>
    private async Task RunAsync(SlackWork work)
    {
        try
        {
            var failure = await handler.HandleAsync(work, CancellationToken.None);
            if (failure is null)
            {
                SlackLog.Completed(logger, work.Kind, work.Id);
                metrics.Completed(work.Kind);
            }
            else
            {
                SlackLog.ApiError(logger, failure.Operation, work.Kind, work.Id, failure.Error);
                metrics.Failed(work.Kind, failure.Operation, failure.Error);
            }
        }
        catch (Exception e)
        {
            SlackLog.WorkFailed(logger, e, work.Kind, work.Id);
            metrics.Failed(work.Kind, "answer", "exception");
        }
    }
}
