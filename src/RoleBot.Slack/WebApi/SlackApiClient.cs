using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace RoleBot.Slack.WebApi;

/// <summary>
/// Sends to Slack: Web API methods with the bot token, and <c>response_url</c> posts (which need no token). Retries
/// (429 with Retry-After, 5xx, network errors) happen in the HttpClient's resilience pipeline; this class only turns
/// the final outcome into a <see cref="SlackApiResult"/>, so callers log Slack's error code and never an exception
/// carrying a URL or a token.
/// </summary>
internal sealed class SlackApiClient(IHttpClientFactory httpClientFactory, IOptions<SlackOptions> options)
{
    public const string PostMessage = "chat.postMessage";
    public const string ResponseUrl = "response_url";

    public async Task<SlackApiResult> PostMessageAsync(PostMessageRequest message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.MethodUrl(PostMessage))
        {
            Content = JsonContent.Create(message, options: SlackJson.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
        return await SendAsync(request, cancellationToken);
    }

    public async Task<SlackApiResult> RespondAsync(Uri responseUrl, ResponseUrlMessage message, CancellationToken cancellationToken)
    {
        // A response_url comes inside a signed request, but RoleBot still posts answers only to Slack's own hosts.
        if (!options.Value.AllowsResponseUrl(responseUrl))
        {
            return SlackApiResult.Failure("response_url_not_slack");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl)
        {
            Content = JsonContent.Create(message, options: SlackJson.Options),
        };
        return await SendAsync(request, cancellationToken);
    }

    private async Task<SlackApiResult> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(SlackOptions.HttpClientName);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return SlackApiResult.Failure($"http_{(int)response.StatusCode}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return Parse(body);
        }
        catch (HttpRequestException)
        {
            return SlackApiResult.Failure("network_error");
        }
        catch (TimeoutRejectedException)
        {
            return SlackApiResult.Failure("timeout");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SlackApiResult.Failure("timeout");
        }
    }

    /// <summary>Web API methods answer JSON; response URLs answer JSON or a bare <c>ok</c>.</summary>
    private static SlackApiResult Parse(byte[] body)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<SlackApiResponse>(body, SlackJson.Options);
            if (envelope is null)
            {
                return SlackApiResult.Failure("invalid_response");
            }

            return envelope.Ok ? SlackApiResult.Success(envelope.Ts, envelope.Warning) : SlackApiResult.Failure(envelope.Error ?? "unknown_error");
        }
        catch (JsonException)
        {
            return body.AsSpan().Trim((byte)' ').SequenceEqual("ok"u8) ? SlackApiResult.Success() : SlackApiResult.Failure("invalid_response");
        }
    }
}
