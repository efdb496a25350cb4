namespace RoleBot.Slack.SocketMode;

/// <summary>A WebSocket URL to connect to, or why there is none and how long Slack asked to wait (a 429's <c>Retry-After</c>).</summary>
internal sealed record ConnectionsOpenResult(Uri? Url, string? Error, TimeSpan? RetryAfter)
{
    public static ConnectionsOpenResult Success(Uri url) => new(url, null, null);

    public static ConnectionsOpenResult Failure(string error, TimeSpan? retryAfter = null) => new(null, error, retryAfter);
}
