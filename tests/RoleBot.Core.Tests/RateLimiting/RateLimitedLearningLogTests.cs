using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Learning;
using RoleBot.Core.Tests.Diagnostics;
using RoleBot.Core.Tests.Learning;

namespace RoleBot.Core.Tests.RateLimiting;

public sealed class RateLimitedLearningLogTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Feedback_clicks_over_a_users_limit_are_dropped_and_counted_while_other_users_and_declined_questions_are_kept()
    {
        var path = folder.File("l.db");
        using var services = LearningServices.Create(path, ("RateLimiting:PermitLimit", "2"), ("RateLimiting:Window", "01:00:00"));
        using var refused = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.requests.refused");
        var log = services.GetRequiredService<ILearningLog>();

        for (var i = 0; i < 5; i++)
        {
            await log.RecordFeedbackAsync(new FeedbackEntry("web", "Who owns the printers?", null, Helpful: false, "visitor-1"));
            await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the printers?", null, "visitor-1"));
        }

        await log.RecordFeedbackAsync(new FeedbackEntry("web", "Who owns the printers?", null, Helpful: false, "visitor-2"));
        await services.GetRequiredService<BackgroundLearningLog>().FlushAsync();

        var gap = Assert.Single(LearningGaps.Read(path, top: 5));
        Assert.Equal((5, 3), (gap.Declined, gap.NotHelpful));
        Assert.Equal(3, refused.Sum("reason", "feedback_rate_limited"));
    }
}
