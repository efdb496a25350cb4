namespace RoleBot.Teams.Configuration;

/// <summary>
/// The Teams adapter's settings, read from the configuration root with the names Bot Framework users know
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>)
/// plus the <c>Teams</c> section (<c>OpenIdMetadataUrl</c>, <c>TokenEndpoint</c>, <c>TypingDelay</c>, <c>QueueCapacity</c>, <c>Workers</c>).
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The bot's Entra app id; empty means anonymous mode for local tools.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's client secret, used only to fetch outbound tokens. Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>MultiTenant</c> (the default) or <c>SingleTenant</c>.</summary>
    public string MicrosoftAppType { get; set; } = MultiTenant;

    /// <summary>Where the Bot Connector's signing keys are published; override for tests and sovereign clouds.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>The Entra token endpoint for outbound calls; by default derived from the app type and tenant.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>A typing indicator goes out first when the answer takes longer than this.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Activities waiting to be answered after the 200; beyond this the endpoint answers 503.</summary>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>
    /// How many activities are answered at once. Answering waits mostly on the Bot Connector (100 ms or more per
    /// call), so this is far above the core count.
    /// </summary>
    public int Workers { get; set; } = 32;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>botframework.com</c> for multi-tenant bots, the app's own tenant for single-tenant ones.</summary>
    public string TokenTenant => IsSingleTenant ? MicrosoftAppTenantId ?? "" : "botframework.com";

    public Uri TokenEndpointUri => new(string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{TokenTenant}/oauth2/v2.0/token"
        : TokenEndpoint);

    /// <summary>Everything but the password, for start-up logs.</summary>
    public override string ToString() =>
        IsAnonymous ? "anonymous" : $"app {MicrosoftAppId} ({MicrosoftAppType}, tenant {(string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? "-" : MicrosoftAppTenantId)})";
}
