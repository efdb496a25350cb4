namespace RoleBot.Slack.Interactions;

/// <summary>The fields RoleBot reads from an interaction payload (the JSON in the form field <c>payload</c>).</summary>
internal sealed record BlockActionsPayload(
    string? Type,
    SlackRef? User,
    SlackRef? Team,
    SlackRef? Channel,
    InteractionContainer? Container,
    InteractionMessage? Message,
    string? ResponseUrl,
    string? TriggerId,
    IReadOnlyList<BlockAction>? Actions);
