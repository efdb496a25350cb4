using Microsoft.Extensions.Options;
using RoleBot.Core.Organization;

namespace RoleBot.Slack.BlockKit;

/// <summary>Writes a role or person from the organisation directory as Slack shows them: <c>&lt;@U…&gt;</c> when a Slack member id is known.</summary>
internal sealed class PersonMentions(IOptionsMonitor<OrganizationOptions> organization)
{
    public Person? Find(string role) => organization.CurrentValue.Find(role);

    /// <summary>"CISO (&lt;@U123&gt;)" when the directory names a Slack member for the role, else the escaped role.</summary>
    public string Role(string role)
    {
        var escaped = SlackText.Escape(role);
        return Find(role) is { } person && Mention(person) is { } mention ? $"{escaped} ({mention})" : escaped;
    }

    /// <summary>"&lt;@U123&gt;", or the escaped name when the person has no valid Slack id.</summary>
    public static string? Mention(Person person) =>
        SlackText.IsUserId(person.SlackUserId) ? $"<@{person.SlackUserId}>" : string.IsNullOrWhiteSpace(person.Name) ? null : SlackText.Escape(person.Name);
}
