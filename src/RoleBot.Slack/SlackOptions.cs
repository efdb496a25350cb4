using System.ComponentModel.DataAnnotations;

namespace RoleBot.Slack;

/// <summary>
/// The <c>Slack</c> section. <see cref="SigningSecret"/> switches the HTTP endpoints on, <see cref="AppToken"/> Socket Mode;
/// either needs <see cref="BotToken"/>. All three are secrets: keep them in environment variables (<c>Slack__SigningSecret</c>,
/// <c>Slack__AppToken</c>, <c>Slack__BotToken</c>) or a secret store.
/// </summary>
public sealed class SlackOptions : IValidatableObject
{
    public const string SectionName = "Slack";

    /// <summary>The name of the HttpClient that talks to the Slack Web API and to response URLs.</summary>
    public const string HttpClientName = "RoleBot.Slack";

    /// <summary>The bot user OAuth token (<c>xoxb-…</c>), sent as <c>Authorization: Bearer</c> to the Web API only.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app's signing secret; every HTTP request is verified with it. Empty: the HTTP endpoints are not mapped.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>
    /// The app-level token (<c>xapp-…</c>, scope <c>connections:write</c>). Set: RoleBot opens Socket Mode connections to
    /// Slack, so no public URL is needed. It is sent to <c>apps.connections.open</c> only, and never logged.
    /// </summary>
    public string? AppToken { get; set; }

    /// <summary>Socket Mode connections kept open at once, so that while one reconnects the others still receive (Slack allows 10).</summary>
    [Range(1, 10)]
    public int SocketConnections { get; set; } = 2;

    /// <summary>The first wait before reconnecting a dropped socket or retrying <c>apps.connections.open</c>; it doubles, with jitter.</summary>
    public TimeSpan SocketReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnection attempts (a 429's <c>Retry-After</c> can ask for longer).</summary>
    public TimeSpan SocketReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the Web API lives; tests point it at a local fake.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Accepted work waiting for a worker; when full, new events get 503 (over Socket Mode, no ack) so Slack delivers them again later.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>How many queued items are answered at once.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 4;

    /// <summary>
    /// Retries of one Web API call after a 429 (waiting <c>Retry-After</c>), a 5xx or a network error. Six ride out about
    /// a minute of 5xx and several seconds of 429s; the soak run lost answers to a four-second 429 spell with four.
    /// </summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 6;

    /// <summary>The first backoff delay for 5xx and network errors; it doubles with jitter. 429s wait <c>Retry-After</c> instead.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The time one Web API attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an <c>event_id</c> is remembered, so retries of an answered event are not answered twice.</summary>
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a slash command may wait for its answer inside the ack; slower answers go through <c>response_url</c>.</summary>
    public TimeSpan CommandAnswerBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The hosts a <c>response_url</c> may point to (and their subdomains); answers are posted nowhere else.</summary>
    public string[] ResponseUrlHosts { get; set; } = ["hooks.slack.com"];

    internal const string AppTokenPrefix = "xapp-";

    internal bool HttpEnabled => !string.IsNullOrWhiteSpace(SigningSecret);

    internal bool SocketModeEnabled => !string.IsNullOrWhiteSpace(AppToken);

    /// <summary>How Slack reaches RoleBot, for the start-up log and <c>/readyz</c>: <c>off</c>, <c>http</c>, <c>socket</c> or <c>http+socket</c>.</summary>
    internal string Mode => (HttpEnabled, SocketModeEnabled) switch
    {
        (true, true) => "http+socket",
        (true, false) => "http",
        (false, true) => "socket",
        _ => "off",
    };

    /// <summary>A Web API method's URL. The base may or may not end in a slash: "https://slack.com/api" must not lose its "api" segment.</summary>
    internal Uri MethodUrl(string method) => new(ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/" + method);

    internal bool AllowsResponseUrl(Uri url) =>
        url.IsAbsoluteUri && url.Scheme == Uri.UriSchemeHttps
        && ResponseUrlHosts.Any(host => url.Host.Equals(host, StringComparison.OrdinalIgnoreCase)
            || url.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HttpEnabled && string.IsNullOrWhiteSpace(BotToken))
        {
            yield return new ValidationResult("Slack:BotToken is required when Slack:SigningSecret is set.", [nameof(BotToken)]);
        }

        if (SocketModeEnabled && string.IsNullOrWhiteSpace(BotToken))
        {
            yield return new ValidationResult("Slack:BotToken is required when Slack:AppToken is set: Socket Mode receives, the bot token answers.", [nameof(BotToken)]);
        }

        // A bot token (xoxb-) pasted here is the usual mistake; apps.connections.open would refuse it on every attempt.
        if (SocketModeEnabled && !AppToken!.StartsWith(AppTokenPrefix, StringComparison.Ordinal))
        {
            yield return new ValidationResult("Slack:AppToken must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write).", [nameof(AppToken)]);
        }

        if (SocketReconnectDelay < TimeSpan.Zero || SocketReconnectDelay > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Slack:SocketReconnectDelay must be between 0 and 1 minute.", [nameof(SocketReconnectDelay)]);
        }

        if (SocketReconnectMaxDelay < SocketReconnectDelay || SocketReconnectMaxDelay > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("Slack:SocketReconnectMaxDelay must be at least Slack:SocketReconnectDelay and at most 10 minutes.", [nameof(SocketReconnectMaxDelay)]);
        }

        if (ApiBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Slack:ApiBaseUrl must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        }

        if (DedupeWindow < TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("Slack:DedupeWindow must be at least 10 minutes: Slack retries for longer than 5.", [nameof(DedupeWindow)]);
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Slack:RetryBaseDelay must be between 0 and 1 minute.", [nameof(RetryBaseDelay)]);
        }

        if (AttemptTimeout < TimeSpan.FromMilliseconds(100) || AttemptTimeout > TimeSpan.FromMinutes(2))
        {
            yield return new ValidationResult("Slack:AttemptTimeout must be between 100 ms and 2 minutes.", [nameof(AttemptTimeout)]);
        }

        if (CommandAnswerBudget < TimeSpan.Zero || CommandAnswerBudget > TimeSpan.FromMilliseconds(2500))
        {
            yield return new ValidationResult("Slack:CommandAnswerBudget must be between 0 and 2.5 s: Slack waits 3 s for the ack.", [nameof(CommandAnswerBudget)]);
        }
    }
}
