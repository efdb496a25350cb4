using System.Net;
using System.Text;
using RoleBot.Slack.Tests.Support;

namespace RoleBot.Slack.Tests.Security;

/// <summary>Every refusal path of the request gate, through the real HTTP pipeline.</summary>
public sealed class SignatureGateTests
{
    private static readonly string Event = SlackPayloads.Mention("Ev0GATE", "who owns incident response?");

    [Fact]
    public async Task A_forged_signature_is_refused_with_401_and_not_processed()
    {
        await using var app = new SlackApp();
        var request = SlackSigning.UnsignedRequest("/slack/events", Event, "application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", "v0=" + new string('a', 64));

        var response = await app.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingSentAsync(app);
    }

    [Fact]
    public async Task An_unsigned_request_is_refused_with_401()
    {
        await using var app = new SlackApp();

        var response = await app.SendAsync(SlackSigning.UnsignedRequest("/slack/events", Event, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_request_signed_with_another_secret_is_refused_with_401()
    {
        await using var app = new SlackApp();

        var response = await app.SendAsync(SlackSigning.SignedRequest("/slack/events", Event, "application/json", "not-the-signing-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused_with_401()
    {
        await using var app = new SlackApp();
        var request = SlackSigning.SignedRequest("/slack/events", Event, "application/json", SlackApp.Secret);
        request.Content = new StringContent(Event.Replace("incident response", "everything", StringComparison.Ordinal), Encoding.UTF8, "application/json");

        var response = await app.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task A_correctly_signed_request_from_more_than_five_minutes_away_is_refused_with_401(int minutes)
    {
        await using var app = new SlackApp();

        var response = await app.SendAsync(SlackSigning.SignedRequest("/slack/events", Event, "application/json", SlackApp.Secret, DateTimeOffset.UtcNow.AddMinutes(minutes)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("stale_timestamp", app.AllLogs, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/slack/events", "{not json", "application/json")]
    [InlineData("/slack/events", "[1,2,3]", "application/json")]
    [InlineData("/slack/events", "{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}", "application/json")]
    [InlineData("/slack/events", "{\"type\":\"url_verification\"}", "application/json")]
    [InlineData("/slack/events", "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"app_mention\",\"ts\":123}}", "application/json")]
    [InlineData("/slack/events", "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{},\"authorizations\":\"x\"}", "application/json")]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%22x%22%7D", "application/x-www-form-urlencoded")]
    [InlineData("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5B%5D%7D", "application/x-www-form-urlencoded")]
    [InlineData("/slack/commands", "text=hello", "application/x-www-form-urlencoded")]
    [InlineData("/slack/interactions", "payload=%7Bbroken", "application/x-www-form-urlencoded")]
    [InlineData("/slack/interactions", "nothing=here", "application/x-www-form-urlencoded")]
    public async Task A_signed_but_malformed_body_gets_400(string path, string body, string contentType)
    {
        await using var app = new SlackApp();

        var response = await app.SendAsync(SlackSigning.SignedRequest(path, body, contentType, SlackApp.Secret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413()
    {
        await using var app = new SlackApp();
        var huge = "{\"type\":\"event_callback\",\"pad\":\"" + new string('x', 1024 * 1024) + "\"}";

        var response = await app.SendAsync(SlackSigning.SignedRequest("/slack/events", huge, "application/json", SlackApp.Secret));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Slacks_ssl_check_on_the_command_url_gets_200_without_a_signature()
    {
        await using var app = new SlackApp();

        var response = await app.SendAsync(SlackSigning.UnsignedRequest("/slack/commands", "ssl_check=1&token=legacy", "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Url_verification_answers_the_challenge()
    {
        await using var app = new SlackApp();

        var response = await app.PostEventAsync("{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_signing_secret_the_endpoints_are_not_mapped_and_start_up_says_why()
    {
        await using var app = new SlackApp(new() { ["Slack:SigningSecret"] = "", ["Slack:BotToken"] = "" });

        var response = await app.SendAsync(SlackSigning.SignedRequest("/slack/events", Event, "application/json", SlackApp.Secret));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Slack endpoints are not mapped: Slack:SigningSecret is not set", app.AllLogs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signing_secret_without_a_bot_token_stops_start_up()
    {
        await using var app = new SlackApp(new() { ["Slack:BotToken"] = "" });

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Slack:BotToken is required", e.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A signed event sent after the refused one is answered first in line, so nothing was queued before it.</summary>
    private static async Task AssertNothingSentAsync(SlackApp app)
    {
        await app.PostEventAsync(SlackPayloads.Mention("Ev0SENTINEL", "who owns incident response?", channel: "C0SENTINEL"));
        var sent = await app.Slack.WaitForAsync(1);
        Assert.Equal("C0SENTINEL", Assert.Single(sent).Json.GetProperty("channel").GetString());
    }
}
