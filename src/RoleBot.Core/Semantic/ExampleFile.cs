namespace RoleBot.Core.Semantic;

/// <summary>One file of labelled example questions as read, before validation.</summary>
public sealed record ExampleFile(string Name, string Content);
