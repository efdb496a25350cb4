namespace RoleBot.Teams.Cards;

/// <summary><c>Action.Execute</c>: Teams sends an <c>adaptiveCard/action</c> invoke and shows the synchronous response.</summary>
public sealed record ExecuteAction(string Title, string Verb, CardActionData Data) : CardAction(Title);
