using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Configuration;

namespace RoleBot.Teams.Authentication;

/// <summary>
/// Decides whether an activity really comes from the Bot Connector: an RS256/384/512 token signed by a
/// published key endorsed for the activity's channel, issued by <c>https://api.botframework.com</c> for this
/// app, within its lifetime (5 minutes' skew), and naming the activity's <c>serviceUrl</c>. In anonymous mode
/// (no app id) only local tools are accepted: activities whose serviceUrl is on loopback.
/// </summary>
internal sealed partial class ActivityAuthenticator(
    SigningKeyCache keys,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<ActivityAuthenticator> logger)
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>The token from an <c>Authorization: Bearer …</c> header, or null when there is none worth parsing.</summary>
    public static string? BearerToken(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (string.IsNullOrEmpty(authorization) || authorization.Length > BotFrameworkAuthentication.MaxTokenLength
            || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorization[Scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    public async ValueTask<bool> AuthenticateAsync(string? bearerToken, Activity activity, CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            var local = Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) && TeamsOptionsValidator.IsLoopback(serviceUrl);
            if (!local)
            {
                LogRefused(logger, "anonymous mode accepts only activities from local tools (a loopback serviceUrl)");
            }

            return local;
        }

        if (bearerToken is null)
        {
            LogRefused(logger, "no bearer token");
            return false;
        }

        try
        {
            return await ValidateAsync(bearerToken, activity, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Key fetch failures, malformed tokens, anything: a 401, and the reason only in our log.
            LogValidationError(logger, exception.GetType().Name);
            return false;
        }
    }

    private async ValueTask<bool> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        if (!handler.CanReadToken(token))
        {
            LogRefused(logger, "the token is not a JWT");
            return false;
        }

        var jwt = handler.ReadJsonWebToken(token);
        if (string.IsNullOrEmpty(jwt.Kid))
        {
            LogRefused(logger, "the token names no signing key");
            return false;
        }

        var key = await keys.FindAsync(jwt.Kid, cancellationToken);
        if (key is null)
        {
            LogRefused(logger, "the signing key is not published by the Bot Connector");
            return false;
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(key.Key));
        if (!result.IsValid)
        {
            LogRefused(logger, result.Exception?.GetType().Name ?? "invalid token");
            return false;
        }

        if (string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId))
        {
            LogRefused(logger, "the signing key is not endorsed for the activity's channel");
            return false;
        }

        var serviceUrlClaim = result.ClaimsIdentity.FindFirst(BotFrameworkAuthentication.ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrlClaim) || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            LogRefused(logger, "the token's serviceurl claim does not match the activity's serviceUrl");
            return false;
        }

        return true;
    }

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = BotFrameworkAuthentication.Issuer,
        ValidateIssuer = true,
        ValidAudience = options.Value.MicrosoftAppId,
        ValidateAudience = true,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = BotFrameworkAuthentication.Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = BotFrameworkAuthentication.ClockSkew,
        LifetimeValidator = ValidLifetime,
    };

    /// <summary>Lifetime on the injected clock, so tests can move time.</summary>
    private bool ValidLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var skew = BotFrameworkAuthentication.ClockSkew;
        return (notBefore is null || notBefore.Value <= now + skew) && expires.Value >= now - skew;
    }

    [LoggerMessage(EventId = 120, Level = LogLevel.Information, Message = "Teams: refused an activity: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 121, Level = LogLevel.Warning, Message = "Teams: could not validate a token ({Error}); refused")]
    private static partial void LogValidationError(ILogger logger, string error);
}
