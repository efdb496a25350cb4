namespace RoleBot.Core.Answers;

/// <summary>
/// One ordered step of escalation guidance. <see cref="Contact"/> is the named person from the
/// organisation directory when one is configured for <see cref="Role"/>.
/// </summary>
public sealed record EscalationStep(int Order, string Role, string Action, Organization.Person? Contact = null);
