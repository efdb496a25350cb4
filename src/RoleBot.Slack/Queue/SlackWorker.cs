using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Background;
using RoleBot.Slack.Diagnostics;

namespace RoleBot.Slack.Queue;

/// <summary>
/// Answers queued Slack work after the ack, with <see cref="SlackOptions.Workers"/> readers. Every item ends logged and
/// counted as completed, failed or (at shutdown) dropped.
/// </summary>
internal sealed class SlackWorker(
    BoundedWorkQueue<SlackWork> queue,
    SlackWorkHandler handler,
    SlackMetrics metrics,
    IOptions<SlackOptions> options,
    ILogger<SlackWorker> logger) : QueueWorker<SlackWork>(queue, options.Value.Workers)
{
    protected override async Task RunAsync(SlackWork work)
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

    protected override void OnFailed(SlackWork work, Exception exception)
    {
        SlackLog.WorkFailed(logger, exception, work.Kind, work.Id);
        metrics.Failed(work.Kind, "answer", "exception");
    }

    protected override void OnDropped(SlackWork work)
    {
        SlackLog.Dropped(logger, work.Kind, work.Id);
        metrics.Dropped(work.Kind);
    }
}
