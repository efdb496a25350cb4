using System.Text.Json;
using RoleBot.Core.Answers;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Cards;

namespace RoleBot.Teams.Handling;

/// <summary>
/// <c>Action.Execute</c> clicks (<c>invoke</c> named <c>adaptiveCard/action</c>), answered in the HTTP response:
/// feedback is recorded and acknowledged with a message; a question is answered with a card that replaces the clicked one.
/// </summary>
internal sealed class CardActionInvokeHandler(TeamsAsker asker, FeedbackRecorder feedback)
{
    private const string ExecuteAction = "Action.Execute";

    public async Task<InvokeResponse> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != ExecuteAction)
        {
            return Error("NotSupported", "Only Action.Execute is handled here.");
        }

        var data = action.TryGetProperty("data", out var raw) ? CardActionData.From(raw) : null;
        switch (data)
        {
            case { Action: CardActionData.Feedback, Helpful: not null }:
                var line = await feedback.RecordAsync(FeedbackRecorder.Entry(activity, data), cancellationToken);
                return new InvokeResponse(200, AdaptiveCardInvokeResponse.Message(line));
            case { Action: CardActionData.Ask, Question: { Length: > 0 } question }:
                var answer = await asker.AskAsync(activity, question, cancellationToken);
                return new InvokeResponse(200, asker.Card(answer, question) is { } card
                    ? AdaptiveCardInvokeResponse.Card(card)
                    : AdaptiveCardInvokeResponse.Message(PlainTextRenderer.Render(answer)));
            default:
                return Error("BadRequest", "This button is not one of RoleBot's.");
        }
    }

    private static InvokeResponse Error(string code, string message) => new(400, AdaptiveCardInvokeResponse.Error(code, message));
}
