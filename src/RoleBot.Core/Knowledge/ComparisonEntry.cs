namespace RoleBot.Core.Knowledge;

/// <summary>Either an aspect of the comparison tables or a topic about both roles: searched together.</summary>
internal sealed record ComparisonEntry(Comparison? Comparison, Topic? Topic)
{
    public string Id => Comparison?.Id ?? Topic!.Id;
}
