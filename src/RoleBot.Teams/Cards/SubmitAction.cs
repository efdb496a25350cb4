namespace RoleBot.Teams.Cards;

/// <summary><c>Action.Submit</c>: Teams posts a message activity whose <c>value</c> is <see cref="Data"/>.</summary>
public sealed record SubmitAction(string Title, CardActionData Data) : CardAction(Title);
