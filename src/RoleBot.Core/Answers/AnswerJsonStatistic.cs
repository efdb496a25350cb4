using System.Text.Json.Serialization;

namespace RoleBot.Core.Answers;

/// <summary>One figure in the JSON answer; <c>conflictSet</c> groups figures that disagree across sources.</summary>
public sealed record AnswerJsonStatistic(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("claim")] string Claim,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("conflictSet")] string? ConflictSet);
