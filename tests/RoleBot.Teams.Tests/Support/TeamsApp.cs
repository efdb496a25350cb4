using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RoleBot.Core.Learning;
using RoleBot.Teams.Authentication;
using RoleBot.Teams.Connector;

namespace RoleBot.Teams.Tests.Support;

/// <summary>
/// The real RoleBot host (Program) with a Teams app id configured (or none, for anonymous mode), its outbound HTTP
/// ending at a <see cref="FakeMicrosoft"/>, a <see cref="RecordingLearningLog"/> and captured logs.
/// </summary>
public sealed class TeamsApp : WebApplicationFactory<Program>
{
    public const string AppId = "9c2f7d1e-8b3a-4c5d-9e6f-0a1b2c3d4e5f";
    public const string AppPassword = "S3cr3t~AppPassword.Value_123";

    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    public TeamsApp(bool anonymous = false, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        this.settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = anonymous ? "" : AppId,
            ["MicrosoftAppPassword"] = anonymous ? "" : AppPassword,
            ["MicrosoftAppType"] = "MultiTenant",
            ["Teams:Workers"] = "1",
            ["Organization:People:CISO:Name"] = "Dana Reyes",
            ["Organization:People:CISO:TeamsUpn"] = "dana.reyes@contoso.com",
            ["Organization:People:CISO:OnCall"] = "#sec-incidents",
        };
        foreach (var (key, value) in settings ?? [])
        {
            this.settings[key] = value;
        }

        this.services = services;
        Microsoft = new FakeMicrosoft(Key);
    }

    public TestSigningKey Key { get; } = new("bf-key-1", "msteams", "skype");

    public FakeMicrosoft Microsoft { get; }

    public RecordingLearningLog Learning { get; } = new();

    public string AllLogs => string.Join("\n", Services.GetRequiredService<FakeLogCollector>().GetSnapshot().Select(r => $"{r.Level} {r.Message}"));

    /// <summary>Posts an activity as the Bot Connector does: JSON with a bearer token (a freshly minted valid one unless given).</summary>
    public async Task<HttpResponseMessage> PostActivityAsync(string json, string? token = "", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, contentType) };
        var bearer = token == "" ? BotConnectorTokens.Mint(Key) : token;
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await client.SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        builder.ConfigureTestServices(s =>
        {
            foreach (var name in new[] { SigningKeyCache.HttpClientName, ConnectorTokenProvider.HttpClientName, ConnectorClient.HttpClientName })
            {
                s.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => Microsoft).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            }

            s.AddSingleton<ILearningLog>(Learning);
            services?.Invoke(s);
        });
    }
}
