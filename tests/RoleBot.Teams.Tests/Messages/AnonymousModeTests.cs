using System.Net;
using RoleBot.Teams.Tests.Support;

namespace RoleBot.Teams.Tests.Messages;

/// <summary>With no MicrosoftAppId, local tools (Agents Playground, Emulator) work without tokens, and nothing else does.</summary>
public sealed class AnonymousModeTests
{
    private const string PlaygroundConnector = "http://localhost:56150/_connector";

    [Fact]
    public async Task A_local_tool_without_a_token_is_answered_and_the_reply_carries_no_token()
    {
        await using var app = new TeamsApp(anonymous: true);
        var activity = TeamsActivities.Personal("Who owns patch management?");
        activity["serviceUrl"] = PlaygroundConnector;

        using var response = await app.PostActivityAsync(activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await app.Microsoft.WaitForConnectorAsync(1))[0];
        Assert.StartsWith("http://localhost:56150/_connector/v3/conversations/", reply.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Null(reply.Authorization);
        Assert.Empty(app.Microsoft.TokenRequests);
    }

    [Fact]
    public async Task Anonymous_mode_refuses_activities_whose_replies_would_leave_the_machine()
    {
        await using var app = new TeamsApp(anonymous: true);

        using var response = await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?").ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await app.Microsoft.ConnectorCountAfterSettlingAsync());
    }

    [Fact]
    public async Task Anonymous_mode_is_announced_with_a_warning_at_start_up()
    {
        await using var app = new TeamsApp(anonymous: true);
        using var client = app.CreateClient();

        Assert.Contains("Warning Teams: MicrosoftAppId is not set, so /api/messages runs in ANONYMOUS mode", app.AllLogs, StringComparison.Ordinal);
    }
}
