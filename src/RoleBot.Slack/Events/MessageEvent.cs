using System.Text.Json;

namespace RoleBot.Slack.Events;

/// <summary>The fields RoleBot reads from an <c>app_mention</c> or <c>message</c> event.</summary>
internal sealed record MessageEvent(
    string? Type,
    string? Subtype,
    string? User,
    string? Text,
    string? Ts,
    string? ThreadTs,
    string? Channel,
    string? ChannelType,
    string? BotId,
    string? Team,
    JsonElement? Edited);
