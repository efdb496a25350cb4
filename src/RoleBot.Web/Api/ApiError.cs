using System.Text.Json.Serialization;

namespace RoleBot.Web.Api;

/// <summary>The body of every refused API request: one sentence saying what to fix.</summary>
internal sealed record ApiError([property: JsonPropertyName("error")] string Error);
