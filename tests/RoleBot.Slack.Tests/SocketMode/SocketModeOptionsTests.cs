using RoleBot.Slack.Tests.Support;

namespace RoleBot.Slack.Tests.SocketMode;

/// <summary>Socket Mode settings are checked before RoleBot starts, with a message that says what to fix.</summary>
public sealed class SocketModeOptionsTests
{
    [Fact]
    public async Task A_bot_token_in_place_of_the_app_token_stops_start_up()
    {
        await using var app = new SlackApp(new() { ["Slack:AppToken"] = "xoxb-not-an-app-token" });

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Slack:AppToken must be an app-level token starting with xapp-", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-not-an-app-token", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_token_without_a_bot_token_stops_start_up()
    {
        await using var app = new SlackApp(new() { ["Slack:SigningSecret"] = "", ["Slack:BotToken"] = "", ["Slack:AppToken"] = SocketModeApp.AppToken });

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Slack:BotToken is required when Slack:AppToken is set", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_ten_socket_connections_stops_start_up()
    {
        await using var app = new SlackApp(new() { ["Slack:AppToken"] = SocketModeApp.AppToken, ["Slack:SocketConnections"] = "11" });

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("SocketConnections", e.ToString(), StringComparison.Ordinal);
    }
}
