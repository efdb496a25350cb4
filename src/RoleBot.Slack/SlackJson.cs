using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Slack;

/// <summary>Slack's JSON is snake_case and leaves out absent fields.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
