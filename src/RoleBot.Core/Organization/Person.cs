namespace RoleBot.Core.Organization;

/// <summary>The real person behind a role in one organisation, as configured under <c>Organization:People</c>.</summary>
public sealed class Person
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    /// <summary>Teams user principal name; Teams renders it as a mention.</summary>
    public string? TeamsUpn { get; set; }
    /// <summary>Entra (AAD) object id; also usable for Teams mentions.</summary>
    public string? AadObjectId { get; set; }
    /// <summary>Slack member id (U…); Slack renders it as a mention.</summary>
    public string? SlackUserId { get; set; }
    /// <summary>An on-call channel ("#sec-incidents") or phone number.</summary>
    public string? OnCall { get; set; }
}
