namespace RoleBot.Core.Semantic;

/// <summary>One example question near a question in meaning, and how near (cosine similarity).</summary>
public sealed record Neighbour(ExampleQuestion Example, double Similarity);
