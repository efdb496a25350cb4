namespace RoleBot.Teams.Cards;

/// <summary>The card's <c>msteams</c> block: full width, and the mention entities its text refers to.</summary>
public sealed record TeamsCardProperties
{
    public string? Width { get; init; }
    public IReadOnlyList<CardMention>? Entities { get; init; }
}
