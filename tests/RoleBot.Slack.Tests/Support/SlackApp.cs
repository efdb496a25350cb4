using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RoleBot.Core.Learning;

namespace RoleBot.Slack.Tests.Support;

/// <summary>
/// The real RoleBot host (Program) with Slack switched on, its outbound HTTP ending at a <see cref="FakeSlackApi"/>,
/// a <see cref="RecordingLearningLog"/> and captured logs. One worker, so queued work is answered in arrival order.
/// </summary>
public sealed class SlackApp : WebApplicationFactory<Program>
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string Token = "xoxb-1234-5678-SECRETTOKENVALUE";
    public const string ApiBase = "https://slack.test/api/";

    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    public SlackApp(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        this.settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = Token,
            ["Slack:ApiBaseUrl"] = ApiBase,
            ["Slack:ResponseUrlHosts:0"] = "hooks.slack.test",
            ["Slack:Workers"] = "1",
            ["Slack:RetryBaseDelay"] = "00:00:00.010",
            ["Organization:People:CISO:Name"] = "Dana Reyes",
            ["Organization:People:CISO:SlackUserId"] = "U0CISO001",
            ["Organization:People:CISO:OnCall"] = "#sec-incidents",
        };
        foreach (var (key, value) in settings ?? [])
        {
            this.settings[key] = value;
        }

        this.services = services;
    }

    public FakeSlackApi Slack { get; } = new();

    public RecordingLearningLog Learning { get; } = new();

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (request)
        {
            return await client.SendAsync(request);
        }
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, IReadOnlyDictionary<string, string>? headers = null) =>
        SendSignedAsync("/slack/events", json, "application/json", headers);

    public Task<HttpResponseMessage> PostFormAsync(string path, string form) => SendSignedAsync(path, form, "application/x-www-form-urlencoded", null);

    /// <summary>Only the calls to the Web API (response_url posts go elsewhere).</summary>
    public IEnumerable<RecordedRequest> PostedMessages => Slack.Requests.Where(r => r.Url.AbsoluteUri.StartsWith(ApiBase, StringComparison.Ordinal));

    /// <summary>The full text of every log line written so far.</summary>
    public string AllLogs => string.Join("\n", Logs.GetSnapshot().Select(r => r.Message + " " + r.Exception));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        builder.ConfigureTestServices(s =>
        {
            s.AddHttpClient(SlackOptions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Slack).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            s.AddSingleton<ILearningLog>(Learning);
            services?.Invoke(s);
        });
    }

    private async Task<HttpResponseMessage> SendSignedAsync(string path, string body, string contentType, IReadOnlyDictionary<string, string>? headers)
    {
        var request = SlackSigning.SignedRequest(path, body, contentType, Secret);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await SendAsync(request);
    }
}
