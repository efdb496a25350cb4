using Microsoft.Extensions.Options;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using RoleBot.Core.Organization;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Cards;
using RoleBot.Teams.Diagnostics;

namespace RoleBot.Teams.Handling;

/// <summary>
/// Asks the dialog on behalf of a Teams activity and renders the reply. State is keyed by the conversation id, so
/// follow-ups work per chat and, in channels, per thread (the id carries <c>;messageid=</c>).
/// </summary>
internal sealed class TeamsAsker(IRoleBotDialog dialog, IOptions<OrganizationOptions> organization)
{
    public ValueTask<Answer> AskAsync(Activity activity, string text, CancellationToken cancellationToken) =>
        dialog.AskAsync(new Question(text, activity.Conversation!.Id!, TeamsLog.Channel, activity.From?.AadObjectId ?? activity.From?.Id), cancellationToken);

    /// <summary>The answer as a card reply, or as plain text when the card would be too large for Teams.</summary>
    public Activity Reply(Activity to, Answer answer, string question) =>
        Card(answer, question) is { } card
            ? ActivityReplies.Card(to, card, answer.Summary)
            : ActivityReplies.Text(to, PlainTextRenderer.Render(answer));

    public AdaptiveCard? Card(Answer answer, string question) => AnswerCardRenderer.Render(answer, question, organization.Value);
}
