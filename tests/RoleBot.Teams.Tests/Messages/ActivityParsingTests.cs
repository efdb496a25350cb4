using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Teams.Tests.Support;

namespace RoleBot.Teams.Tests.Messages;

/// <summary>Bodies that are not activities get a clear 400, oversized ones 413; neither reaches the dialog or the connector.</summary>
public sealed class ActivityParsingTests
{
    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":")]
    [InlineData("{\"text\":\"no type\",\"serviceUrl\":\"https://smba.trafficmanager.net/amer/\",\"conversation\":{\"id\":\"a:1\"}}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"a:1\"}}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"ftp://smba.trafficmanager.net/amer/\",\"conversation\":{\"id\":\"a:1\"}}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/amer/\"}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/amer/\",\"conversation\":{\"id\":42}}")]
    public async Task A_body_that_is_not_an_activity_gets_400_with_a_clear_error(string body)
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a Bot Framework activity", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Microsoft.ConnectorCountAfterSettlingAsync());
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413()
    {
        await using var app = new TeamsApp();
        var activity = TeamsActivities.Personal("Who owns patch management?");
        activity["text"] = new string('a', 1024 * 1024);

        using var response = await app.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await app.Microsoft.ConnectorCountAfterSettlingAsync());
    }

    [Fact]
    public async Task A_body_just_under_one_megabyte_is_read()
    {
        await using var app = new TeamsApp();
        var activity = TeamsActivities.Personal("Who owns patch management?");
        activity["channelData"]!["padding"] = new string('a', 1000 * 1000);

        using var response = await app.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_nested_too_deeply_is_a_400_not_a_500()
    {
        await using var app = new TeamsApp();
        var activity = TeamsActivities.Personal("Who owns patch management?");

        var json = activity.ToJsonString().Replace("\"locale\":\"en-US\"}", "\"locale\":\"en-US\",\"value\":" + DeepJson(200) + "}", StringComparison.Ordinal);

        using var response = await app.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string DeepJson(int depth) => new string('[', depth) + new string(']', depth);
}
