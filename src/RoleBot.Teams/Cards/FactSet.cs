namespace RoleBot.Teams.Cards;

/// <summary>Title/value pairs, e.g. who leads and who supports.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
