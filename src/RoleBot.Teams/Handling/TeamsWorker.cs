using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Background;
using RoleBot.Core.Diagnostics;
using RoleBot.Teams.Configuration;
using RoleBot.Teams.Diagnostics;

namespace RoleBot.Teams.Handling;

/// <summary>Answers queued activities after their 200, with <see cref="TeamsOptions.Workers"/> readers; every item ends logged.</summary>
internal sealed class TeamsWorker(
    BoundedWorkQueue<TeamsWork> queue,
    TeamsWorkHandler handler,
    RoleBotMetrics metrics,
    IOptions<TeamsOptions> options,
    ILogger<TeamsWorker> logger) : QueueWorker<TeamsWork>(queue, options.Value.Workers)
{
    protected override async Task RunAsync(TeamsWork work)
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

    protected override void OnFailed(TeamsWork work, Exception exception)
    {
        TeamsLog.WorkFailed(logger, exception.GetType().Name, work.Kind, work.Activity.Id ?? "-");
        metrics.OutboundFailed(TeamsLog.Channel, work.Kind);
    }

    protected override void OnDropped(TeamsWork work) => TeamsLog.Dropped(logger, work.Kind, work.Activity.Id ?? "-");
}
