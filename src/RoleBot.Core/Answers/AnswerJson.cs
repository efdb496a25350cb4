using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RoleBot.Core.Answers;

/// <summary>
/// The answer as one JSON object with the field names the CLI, the web API and the evaluation share:
/// <c>id, answered, intent, owner, confidence, text, statistics, escalation, sources, suggestions</c>, plus detail fields.
/// </summary>
public sealed record AnswerJson(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("intent")] string Intent,
    [property: JsonPropertyName("owner")] string? Owner,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("statistics")] IReadOnlyList<AnswerJsonStatistic> Statistics,
    [property: JsonPropertyName("escalation")] IReadOnlyList<string> Escalation,
    [property: JsonPropertyName("sources")] IReadOnlyList<string> Sources,
    [property: JsonPropertyName("suggestions")] IReadOnlyList<string> Suggestions,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("lead")] IReadOnlyList<string> Lead,
    [property: JsonPropertyName("support")] IReadOnlyList<string> Support,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("note")] string? Note)
{
    /// <summary>Answers through the generated <see cref="AnswerJsonContext"/>; other shapes (the CLI's error lines) by reflection.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(AnswerJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>The answer's metadata under <see cref="Options"/>, for writers that take it directly (the web API).</summary>
    public static JsonTypeInfo<AnswerJson> TypeInfo { get; } = (JsonTypeInfo<AnswerJson>)Options.GetTypeInfo(typeof(AnswerJson));

    public static AnswerJson From(Answer answer, string? id = null) => new(
        id,
        answer.Answered,
        IntentNames.Of(answer.Intent),
        answer.Owner?.ToString(),
        answer.Confidence,
        PlainTextRenderer.Render(answer),
        answer.Statistics.Select(s => new AnswerJsonStatistic(s.Value, s.Claim, s.Source, s.ConflictSet)).ToArray(),
        answer.Escalation.Select(PlainTextRenderer.StepText).ToArray(),
        answer.Sources,
        answer.Suggestions,
        answer.Title,
        answer.Summary,
        answer.Lead,
        answer.Support,
        answer.TopicId,
        answer.Note);

    public string ToJson() => JsonSerializer.Serialize(this, TypeInfo);
}
