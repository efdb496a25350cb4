using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Learning;
using RoleBot.Core.RateLimiting;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Wraps the dialog every channel calls, outermost first: the rate limit (a refused question costs nothing
/// and is not counted as answered), metering, recording of declined questions, then the dialog itself.
/// </summary>
internal static class DialogPipeline
{
    public static IRoleBotDialog Build(IServiceProvider services)
    {
        var metrics = services.GetRequiredService<RoleBotMetrics>();
        var learning = services.GetRequiredService<IOptions<LearningOptions>>().Value;
        IRoleBotDialog dialog = services.GetRequiredService<RoleBotDialog>();
        dialog = new DeclineRecordingDialog(dialog, services.GetRequiredService<ILearningLog>(), learning.RecordCli);
        dialog = new MeteredDialog(dialog, metrics, services.GetRequiredService<TimeProvider>());
        var limits = services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return limits.Enabled ? new RateLimitedDialog(dialog, metrics, limits) : dialog;
    }
}
