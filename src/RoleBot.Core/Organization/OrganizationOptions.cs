namespace RoleBot.Core.Organization;

/// <summary>
/// The <c>Organization</c> section: maps roles (CIO, CISO, Legal, Compliance, Board, ...) to real people.
/// Empty by default; answers name people only when it is filled.
/// </summary>
public sealed class OrganizationOptions
{
    public const string SectionName = "Organization";

    public string? Name { get; set; }

    public Dictionary<string, Person> People { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Person? Find(string role) =>
        People.TryGetValue(role, out var person) && !string.IsNullOrWhiteSpace(person.Name) ? person : null;
}
