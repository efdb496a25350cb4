using Microsoft.Extensions.Options;
using RoleBot.Core.Answers;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Cards;
using RoleBot.Teams.Configuration;
using RoleBot.Teams.Connector;

namespace RoleBot.Teams.Handling;

/// <summary>Does one queued activity: ask and reply, record feedback, or welcome. True when the Bot Connector took every send.</summary>
internal sealed class TeamsWorkHandler(
    TeamsAsker asker,
    FeedbackRecorder feedback,
    ConnectorClient connector,
    IOptions<TeamsOptions> options,
    TimeProvider time)
{
    public Task<bool> HandleAsync(TeamsWork work, CancellationToken cancellationToken) => work switch
    {
        AskWork ask => AnswerAsync(ask, cancellationToken),
        FeedbackWork click => ThankAsync(click, cancellationToken),
        WelcomeWork welcome => connector.SendAsync(ActivityReplies.Card(welcome.Activity, WelcomeCardRenderer.Render(), WelcomeCardRenderer.Summary, asReply: false), cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(work), work.GetType().Name, "Unknown Teams work."),
    };

    /// <summary>A typing indicator goes first only when the answer is not ready within <see cref="TeamsOptions.TypingDelay"/>.</summary>
    private async Task<bool> AnswerAsync(AskWork work, CancellationToken cancellationToken)
    {
        var answering = asker.AskAsync(work.Activity, work.Question, cancellationToken).AsTask();
        var typed = true;
        Answer answer;
        try
        {
            answer = await answering.WaitAsync(options.Value.TypingDelay, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            typed = await connector.SendAsync(ActivityReplies.Typing(work.Activity), cancellationToken);
            answer = await answering;
        }

        var sent = await connector.SendAsync(asker.Reply(work.Activity, answer, work.Question), cancellationToken);
        return sent && typed;
    }

    private async Task<bool> ThankAsync(FeedbackWork work, CancellationToken cancellationToken)
    {
        var line = await feedback.RecordAsync(work.Entry, cancellationToken);
        return await connector.SendAsync(ActivityReplies.Text(work.Activity, line), cancellationToken);
    }
}
