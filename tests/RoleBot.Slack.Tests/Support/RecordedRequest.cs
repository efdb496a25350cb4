using System.Net.Http.Headers;
using System.Text.Json;

namespace RoleBot.Slack.Tests.Support;

/// <summary>One request RoleBot sent to the fake Slack, as it went over the wire.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Url, AuthenticationHeaderValue? Authorization, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
