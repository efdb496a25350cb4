using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Teams.Configuration;

namespace RoleBot.Teams.Connector;

/// <summary>
/// Tokens for calls to the Bot Connector, by the client-credentials grant (scope
/// <c>https://api.botframework.com/.default</c>), cached until five minutes before they expire.
/// </summary>
internal sealed partial class ConnectorTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<ConnectorTokenProvider> logger) : IDisposable
{
    public const string HttpClientName = "RoleBot.Teams.Token";
    public const string Scope = "https://api.botframework.com/.default";
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private ConnectorToken? cached;

    /// <summary>A bearer token, or null in anonymous mode (replies go out without one).</summary>
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            return null;
        }

        if (Volatile.Read(ref cached) is { } token && time.GetUtcNow() < token.RefreshAfter)
        {
            return token.Value;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref cached) is { } fresh && time.GetUtcNow() < fresh.RefreshAfter)
            {
                return fresh.Value;
            }

            var issued = await RequestAsync(cancellationToken);
            Volatile.Write(ref cached, issued);
            return issued.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>False in anonymous mode, where replies carry no token at all.</summary>
    public bool CanRefresh => !options.Value.IsAnonymous;

    /// <summary>Forgets the cached token, e.g. after the connector answered 401.</summary>
    public void Invalidate() => Volatile.Write(ref cached, null);

    private async Task<ConnectorToken> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", settings.MicrosoftAppId!),
            new("client_secret", settings.MicrosoftAppPassword ?? ""),
            new("scope", Scope),
        ]);
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.PostAsync(settings.TokenEndpointUri, form, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = ErrorCode(body);
            LogTokenRefused(logger, (int)response.StatusCode, error);
            throw new ConnectorTokenException($"Entra ID answered {(int)response.StatusCode} ({error}) to the token request.");
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var value = root.TryGetProperty("access_token", out var accessToken) ? accessToken.GetString() : null;
        if (string.IsNullOrEmpty(value))
        {
            throw new ConnectorTokenException("Entra ID's token response has no access_token.");
        }

        var lifetime = TimeSpan.FromSeconds(ExpiresIn(root));
        var refreshAfter = time.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2);
        LogTokenIssued(logger, (int)lifetime.TotalSeconds);
        return new ConnectorToken(value, refreshAfter);
    }

    /// <summary><c>expires_in</c> as a number or a string (older endpoints); an hour when absent.</summary>
    private static double ExpiresIn(JsonElement root) =>
        !root.TryGetProperty("expires_in", out var expiresIn) ? 3600
        : expiresIn.ValueKind == JsonValueKind.Number ? expiresIn.GetDouble()
        : double.TryParse(expiresIn.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds
        : 3600;

    /// <summary>Entra's <c>error</c> code (e.g. <c>invalid_client</c>); the description may echo request details, so it is not kept.</summary>
    private static string ErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                ? error.GetString() ?? "unknown"
                : "unknown";
        }
        catch (JsonException)
        {
            return "unknown";
        }
    }

    public void Dispose() => gate.Dispose();

    [LoggerMessage(EventId = 130, Level = LogLevel.Information, Message = "Teams: got a Bot Connector token valid for {Seconds} s")]
    private static partial void LogTokenIssued(ILogger logger, int seconds);

    [LoggerMessage(EventId = 131, Level = LogLevel.Error, Message = "Teams: Entra ID refused the token request with {Status} ({Error}); check MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId")]
    private static partial void LogTokenRefused(ILogger logger, int status, string error);
}
