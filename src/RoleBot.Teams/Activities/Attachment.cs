namespace RoleBot.Teams.Activities;

/// <summary>An attachment; outbound, an Adaptive Card with <c>application/vnd.microsoft.card.adaptive</c>.</summary>
public sealed record Attachment(string ContentType, object? Content);
