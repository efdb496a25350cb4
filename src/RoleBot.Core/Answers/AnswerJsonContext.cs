using System.Text.Json.Serialization;

namespace RoleBot.Core.Answers;

/// <summary>
/// Source-generated serialisation of <see cref="AnswerJson"/>: every web answer is written with it, and reflection
/// metadata would cost each request a walk of the object graph through property accessors.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnswerJson))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
