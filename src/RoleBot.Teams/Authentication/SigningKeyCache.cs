using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using RoleBot.Teams.Configuration;

namespace RoleBot.Teams.Authentication;

/// <summary>
/// The Bot Connector's signing keys, kept by a <see cref="ConfigurationManager{T}"/>: fetched on first use, refreshed
/// every 12 hours (stale keys serve while a refresh fails), and refetched when a token names an unknown <c>kid</c>
/// (keys rotate, BBD #1246) at most once a minute, so forged kids cannot make RoleBot hammer the metadata endpoint.
/// </summary>
internal sealed partial class SigningKeyCache
{
    public const string HttpClientName = "RoleBot.Teams.OpenId";
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(1);

    /// <summary>How long a request that triggered a refresh waits for it before giving up with a 401.</summary>
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(5);

    private readonly SigningKeyRetriever retriever = new();
    private readonly ConfigurationManager<SigningKeySet> manager;
    private readonly TimeProvider time;
    private readonly ILogger<SigningKeyCache> logger;
    private long lastUnknownKeyRefreshTicks;

    public SigningKeyCache(IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, TimeProvider time, ILogger<SigningKeyCache> logger)
    {
        manager = new ConfigurationManager<SigningKeySet>(
            options.Value.OpenIdMetadataUrl, retriever, new HttpClientDocumentRetriever(httpClientFactory, HttpClientName))
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = UnknownKeyRefreshInterval,
        };
        this.time = time;
        this.logger = logger;
    }

    /// <summary>The key with this id, or null when the Bot Connector does not publish it. Throws when no keys can be fetched.</summary>
    public async ValueTask<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var set = await manager.GetConfigurationAsync(cancellationToken);
        if (set.Keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        var now = time.GetUtcNow().UtcTicks;
        var last = Volatile.Read(ref lastUnknownKeyRefreshTicks);
        if (now - last < UnknownKeyRefreshInterval.Ticks
            || Interlocked.CompareExchange(ref lastUnknownKeyRefreshTicks, now, last) != last)
        {
            return null;
        }

        LogUnknownKey(logger, keyId);
        var fetch = retriever.NextFetch;
        manager.RequestRefresh();
        try
        {
            var fresh = await fetch.WaitAsync(RefreshWait, time, cancellationToken);
            return fresh.Keys.GetValueOrDefault(keyId);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Teams: a token names the unknown signing key {KeyId}; fetching the keys again")]
    private static partial void LogUnknownKey(ILogger logger, string keyId);
}
