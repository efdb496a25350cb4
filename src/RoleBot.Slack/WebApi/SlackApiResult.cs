namespace RoleBot.Slack.WebApi;

/// <summary>
/// What a Web API call or response_url post came to. Slack reports most failures as HTTP 200 with
/// <c>{"ok":false,"error":"channel_not_found"}</c>; <see cref="Error"/> holds that code, or <c>http_{status}</c>
/// / <c>network_error</c> when Slack never answered properly.
/// </summary>
internal sealed record SlackApiResult(bool Ok, string? Error, string? Warning = null, string? Ts = null)
{
    public static SlackApiResult Success(string? ts = null, string? warning = null) => new(true, null, warning, ts);

    public static SlackApiResult Failure(string error) => new(false, error);
}
