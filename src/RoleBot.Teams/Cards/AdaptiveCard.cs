using System.Text.Json.Serialization;

namespace RoleBot.Teams.Cards;

/// <summary>An Adaptive Card, schema 1.5 (the newest Teams renders).</summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string SchemaVersion = "1.5";

    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema => SchemaUrl;

    public string Version => SchemaVersion;

    /// <summary>Shown by clients that cannot render the card: the answer as plain text.</summary>
    public string? FallbackText { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}
