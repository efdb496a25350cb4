namespace RoleBot.Operations;

/// <summary>Something RoleBot depends on but can answer without, reported by <c>/readyz</c> as "degraded: name".</summary>
internal interface IDependencyStatus
{
    string Name { get; }

    bool IsDegraded { get; }
}
