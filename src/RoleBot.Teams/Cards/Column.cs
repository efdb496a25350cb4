namespace RoleBot.Teams.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type => "Column";
    public string Width { get; init; } = "stretch";
}
