using Microsoft.Extensions.Logging;
using RoleBot.Core.Background;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Cards;
using RoleBot.Teams.Diagnostics;

namespace RoleBot.Teams.Handling;

/// <summary>
/// Decides what an authenticated activity needs: messages and new members are queued and acknowledged at once,
/// <c>adaptiveCard/action</c> invokes are answered synchronously, everything else is acknowledged and ignored.
/// </summary>
internal sealed class ActivityDispatcher(BoundedWorkQueue<TeamsWork> queue, CardActionInvokeHandler invokes, ILogger<ActivityDispatcher> logger)
{
    public static readonly InvokeResponse Accepted = new(200);
    public static readonly InvokeResponse Busy = new(503);

    public async Task<InvokeResponse> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                return Enqueue(Work(activity));
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id is not null && m.Id != activity.Recipient?.Id) == true:
                return Enqueue(new WelcomeWork(activity));
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction:
                return await invokes.HandleAsync(activity, cancellationToken);
            default:
                return Accepted;
        }
    }

    /// <summary>A card's <c>Action.Submit</c> sends its data as the message's value, with no text.</summary>
    private static TeamsWork Work(Activity activity) => CardActionData.From(activity.Value) switch
    {
        { Action: CardActionData.Feedback, Helpful: not null } data => new FeedbackWork(activity, FeedbackRecorder.Entry(activity, data)),
        { Action: CardActionData.Ask, Question: { Length: > 0 } question } => new AskWork(activity, question),
        _ => new AskWork(activity, MentionText.QuestionIn(activity)),
    };

    private InvokeResponse Enqueue(TeamsWork work)
    {
        if (queue.TryEnqueue(work))
        {
            return Accepted;
        }

        TeamsLog.QueueFull(logger);
        return Busy;
    }
}
