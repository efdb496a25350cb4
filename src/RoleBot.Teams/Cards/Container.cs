namespace RoleBot.Teams.Cards;

/// <summary>A group of elements.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public string? Style { get; init; }
}
