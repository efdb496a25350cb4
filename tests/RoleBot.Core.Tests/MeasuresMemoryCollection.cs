namespace RoleBot.Core.Tests;

/// <summary>
/// Tests that compare the managed heap before and after something run alone, after every parallel test: other tests
/// building example indexes at the same time (tens of megabytes each) would otherwise be counted as their growth.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuresMemoryCollection
{
    public const string Name = "measures memory";
}
