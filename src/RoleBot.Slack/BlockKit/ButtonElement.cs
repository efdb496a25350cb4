namespace RoleBot.Slack.BlockKit;

/// <summary>A button: plain-text label of at most 75 characters, <c>action_id</c> at most 255, <c>value</c> at most 2,000.</summary>
internal sealed record ButtonElement(TextObject Text, string ActionId, string? Value)
{
    public string Type { get; init; } = "button";

    /// <summary><c>primary</c>, <c>danger</c>, or null for the default look.</summary>
    public string? Style { get; init; }
}
