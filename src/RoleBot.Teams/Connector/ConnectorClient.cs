using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RoleBot.Teams.Activities;

namespace RoleBot.Teams.Connector;

/// <summary>
/// Sends activities to the Bot Connector at the serviceUrl of an authenticated activity. Retries on 429 and
/// 5xx come from the HTTP client's resilience pipeline.
/// </summary>
internal sealed partial class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    ConnectorTokenProvider tokens,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "RoleBot.Teams.Connector";

    /// <summary>
    /// Posts <paramref name="activity"/> to its conversation, as a reply when it has a <c>replyToId</c>. A 401 drops
    /// the cached token and tries once more with a fresh one (the app's secret or token may have been rotated).
    /// </summary>
    public async Task<bool> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var status = await PostAsync(activity, cancellationToken);
        if (status == HttpStatusCode.Unauthorized && tokens.CanRefresh)
        {
            tokens.Invalidate();
            status = await PostAsync(activity, cancellationToken);
        }

        if (status is >= HttpStatusCode.OK and < HttpStatusCode.MultipleChoices)
        {
            return true;
        }

        LogSendFailed(logger, (int)status, activity.Type ?? "");
        return false;
    }

    private async Task<HttpStatusCode> PostAsync(Activity activity, CancellationToken cancellationToken)
    {
        var uri = ConnectorRoutes.Activities(activity.ServiceUrl!, activity.Conversation!.Id!, activity.ReplyToId);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ActivityJson.Options), Encoding.UTF8, "application/json"),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    [LoggerMessage(EventId = 140, Level = LogLevel.Warning, Message = "Teams: the Bot Connector answered {Status} to a {Type} activity; it was not delivered")]
    private static partial void LogSendFailed(ILogger logger, int status, string type);
}
