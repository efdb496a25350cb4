namespace RoleBot.Teams.Cards;

/// <summary>Who a card mention points at: a user principal name or an Entra object id, and a display name.</summary>
public sealed record MentionedPerson(string Id, string Name);
