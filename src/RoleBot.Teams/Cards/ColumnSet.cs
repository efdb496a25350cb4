namespace RoleBot.Teams.Cards;

/// <summary>Columns side by side, e.g. figures from sources that disagree.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
