namespace RoleBot.Slack.Interactions;

/// <summary>Where the clicked button lives; ephemeral messages have no <c>message</c> in the payload.</summary>
internal sealed record InteractionContainer(string? Type, string? MessageTs, string? ChannelId, string? ThreadTs, bool IsEphemeral);
