using System.Text.Json.Serialization;

namespace RoleBot.Core.Tests.Eval;

/// <summary>One line of the labelled question set (the same format ../shared/eval/score.py reads).</summary>
public sealed record LabelledQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("owner")] string[]? Owner,
    [property: JsonPropertyName("must")] string[]? Must,
    [property: JsonPropertyName("conversation")] string? Conversation);
