using Microsoft.Extensions.Logging;
using RoleBot.Core.Learning;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Cards;
using RoleBot.Teams.Diagnostics;

namespace RoleBot.Teams.Handling;

/// <summary>Stores helpful / not-helpful clicks, whichever button type carried them.</summary>
internal sealed class FeedbackRecorder(ILogger<FeedbackRecorder> logger, ILearningLog? learningLog = null)
{
    public const string Thanks = "Thanks, glad it helped.";
    public const string Sorry = "Thanks for telling us; this answer will be reviewed.";

    public static FeedbackEntry Entry(Activity activity, CardActionData data) => new(
        TeamsLog.Channel,
        data.Question ?? "",
        data.Answer ?? data.Topic,
        data.Helpful ?? false,
        activity.From?.AadObjectId ?? activity.From?.Id);

    /// <summary>Records the click and returns the line to show the person who clicked.</summary>
    public async Task<string> RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        TeamsLog.Feedback(logger, entry.Helpful ? "helpful" : "not_helpful");
        if (learningLog is null)
        {
            TeamsLog.NoLearningLog(logger);
        }
        else
        {
            await learningLog.RecordFeedbackAsync(entry, cancellationToken);
        }

        return entry.Helpful ? Thanks : Sorry;
    }
}
