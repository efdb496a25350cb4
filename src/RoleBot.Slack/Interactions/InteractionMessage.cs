using System.Text.Json.Nodes;

namespace RoleBot.Slack.Interactions;

/// <summary>The message the button is in, as Slack holds it.</summary>
internal sealed record InteractionMessage(string? Ts, string? ThreadTs, string? Text, JsonArray? Blocks);
