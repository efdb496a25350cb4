using RoleBot.Teams.Cards;

namespace RoleBot.Teams.Activities;

/// <summary>
/// Outbound activities addressed back to where an inbound one came from: from and recipient swapped, the same
/// conversation, channel and serviceUrl (BBD <c>Activity.CreateReply</c>).
/// </summary>
public static class ActivityReplies
{
    public static Activity Card(Activity to, AdaptiveCard card, string? summary, bool asReply = true) =>
        Base(to, asReply) with
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            Attachments = [new Attachment(AdaptiveCard.ContentType, card)],
        };

    public static Activity Text(Activity to, string text) =>
        Base(to, asReply: true) with { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };

    public static Activity Typing(Activity to) => Base(to, asReply: true) with { Type = ActivityTypes.Typing };

    private static Activity Base(Activity to, bool asReply) => new()
    {
        ChannelId = to.ChannelId,
        ServiceUrl = to.ServiceUrl,
        Conversation = to.Conversation,
        From = to.Recipient,
        Recipient = to.From,
        ReplyToId = asReply ? to.Id : null,
        Locale = to.Locale,
    };
}
