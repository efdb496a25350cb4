using Microsoft.Extensions.DependencyInjection;

namespace RoleBot.Slack.Tests.Support;

/// <summary>The real RoleBot host in Socket Mode only (no signing secret), pointed at a <see cref="FakeSocketModeSlack"/>.</summary>
public static class SocketModeApp
{
    public const string AppToken = "xapp-1-A0ROLEBOT-1234-SECRETAPPTOKENVALUE";

    /// <summary>Started, so its sockets are opening when this returns.</summary>
    public static SlackApp Start(FakeSocketModeSlack slack, int connections = 1, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "",
            ["Slack:AppToken"] = AppToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:SocketConnections"] = connections.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Slack:SocketReconnectDelay"] = "00:00:00.400",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var app = new SlackApp(all, services);
        _ = app.Services;
        return app;
    }

    /// <summary>The chat.postMessage calls RoleBot made (they go to the recording handler, whatever the base URL).</summary>
    public static IReadOnlyList<RecordedRequest> Posts(this SlackApp app) =>
        [.. app.Slack.Requests.Where(r => r.Url.AbsolutePath.EndsWith("/chat.postMessage", StringComparison.Ordinal))];
}
