using System.Text.Json;

namespace RoleBot.Teams.Activities;

/// <summary>
/// The part of a Bot Framework activity RoleBot reads and writes. Property names follow the activity schema
/// (camelCase on the wire); unknown fields are ignored on the way in and absent on the way out.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    /// <summary>For <c>invoke</c> activities: what is invoked, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    /// <summary>Notification preview text for outbound messages.</summary>
    public string? Summary { get; init; }
    public string? Locale { get; init; }
    public string? InputHint { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    /// <summary>Card data from <c>Action.Submit</c>, or the invoke payload.</summary>
    public JsonElement? Value { get; init; }
    public JsonElement? ChannelData { get; init; }
}
