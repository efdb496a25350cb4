using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Slack;
using RoleBot.Tests.Operations;

namespace RoleBot.Tests.ScaleOut.Peers;

/// <summary>
/// One RoleBot instance on real Kestrel at <see cref="Url"/>, so peers reach it over real HTTP; Slack switched on with its
/// Web API ending at a shared <see cref="RecordingSlackApi"/>, every log entry captured.
/// </summary>
internal sealed class PeerInstance : WebApplicationFactory<Program>
{
    public const string SigningSecret = "peer-test-signing-secret";
    public const string PeerKey = "peer-test-key-0123456789";

    private readonly RecordingSlackApi slack;
    private readonly (string Key, string Value)[] settings;
    private readonly string folder = Directory.CreateTempSubdirectory("rolebot-peer-").FullName;

    public PeerInstance(int port, RecordingSlackApi slack, params (string Key, string Value)[] settings)
    {
        Url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        this.slack = slack;
        this.settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
    }

    public string Url { get; }

    public CapturedLogs Logs { get; } = new();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Settings that make <paramref name="self"/> and <paramref name="peers"/> decide claims together.</summary>
    public static (string Key, string Value)[] Peers(int self, params int[] peers) =>
    [
        ("ScaleOut:SelfUrl", $"http://127.0.0.1:{self}/"),
        .. peers.Select((port, i) => ($"ScaleOut:PeerUrls:{i}", $"http://127.0.0.1:{port}")),
        ("ScaleOut:PeerKey", PeerKey),
    ];

    /// <summary>An app_mention as Slack sends it, signed; its <c>ts</c> is where the answer is posted.</summary>
    public async Task<HttpResponseMessage> PostEventAsync(string eventId, string ts)
    {
        var body = $$$"""{"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"{{{eventId}}}","event_time":1700000001,"authorizations":[{"team_id":"T1","user_id":"U0BOT","is_bot":true}],"event":{"type":"app_mention","user":"U0ASKER","text":"<@U0BOT> who owns incident response?","ts":"{{{ts}}}","channel":"C1","event_ts":"{{{ts}}}"}}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/slack/events", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        using var client = new HttpClient { BaseAddress = new Uri(Url) };
        return await client.SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Learning:DatabasePath", Path.Combine(folder, "learning.db"));
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("Slack:SigningSecret", SigningSecret);
        builder.UseSetting("Slack:BotToken", "xoxb-peer-test");
        builder.UseSetting("Slack:ApiBaseUrl", "https://slack.test/api/");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(SlackOptions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => slack).SetHandlerLifetime(Timeout.InfiniteTimeSpan));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // The factory's Dispose and DisposeAsync both end here.
        if (disposing && Directory.Exists(folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
