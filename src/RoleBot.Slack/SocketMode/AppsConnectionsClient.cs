using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RoleBot.Slack.SocketMode;

/// <summary>
/// Calls <c>apps.connections.open</c> with the app-level token in the Authorization header (Slack refuses it as a form
/// field) to get a fresh WebSocket URL. It does not retry: the reconnect loop owns backoff, honouring Retry-After.
/// </summary>
internal sealed class AppsConnectionsClient(IHttpClientFactory httpClientFactory, IOptions<SlackOptions> options, TimeProvider time)
{
    public const string Method = "apps.connections.open";

    /// <summary>A client of its own, without the Web API's retry pipeline and without request logging.</summary>
    public const string HttpClientName = "RoleBot.Slack.SocketMode";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<ConnectionsOpenResult> OpenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.MethodUrl(Method))
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AppToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                var error = response.StatusCode == HttpStatusCode.TooManyRequests ? "ratelimited" : $"http_{(int)response.StatusCode}";
                return ConnectionsOpenResult.Failure(error, RetryAfter(response));
            }

            var body = await response.Content.ReadFromJsonAsync<ConnectionsOpenResponse>(SlackJson.Options, timeout.Token);
            return body switch
            {
                { Ok: true, Url: { } url } when Uri.TryCreate(url, UriKind.Absolute, out var socketUrl) && socketUrl.Scheme is "wss" or "ws" => ConnectionsOpenResult.Success(socketUrl),
                { Ok: false, Error: { } error } => ConnectionsOpenResult.Failure(error),
                _ => ConnectionsOpenResult.Failure("invalid_response"),
            };
        }
        catch (HttpRequestException)
        {
            return ConnectionsOpenResult.Failure("network_error");
        }
        catch (JsonException)
        {
            return ConnectionsOpenResult.Failure("invalid_response");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ConnectionsOpenResult.Failure("timeout");
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };
}
