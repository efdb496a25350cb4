using System.Net;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Teams.Tests.Support;

namespace RoleBot.Teams.Tests.Authentication;

/// <summary>Every way a request can fail Bot Connector authentication ends in a bare 401 with nothing processed or sent.</summary>
public sealed class InboundAuthenticationTests
{
    private static string Question => TeamsActivities.Personal("Who owns patch management?").ToJsonString();

    [Fact]
    public async Task A_valid_Bot_Connector_token_is_accepted_and_the_question_answered()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(Question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await app.Microsoft.WaitForConnectorAsync(1);
        Assert.StartsWith(TeamsActivities.ServiceUrl, replies[0].Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_with_401_and_an_empty_body()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(Question, token: null);

        await AssertRefusedAsync(app, response);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task A_malformed_or_unsigned_authorization_header_is_refused_with_401(string header)
    {
        await using var app = new TeamsApp();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Question, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await client.SendAsync(request);

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_the_Bot_Connector_does_not_publish_is_refused()
    {
        await using var app = new TeamsApp();
        var forger = new TestSigningKey("bf-key-1", "msteams");

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(forger));

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task A_token_naming_an_unknown_key_is_refused_after_one_refetch_of_the_keys()
    {
        await using var app = new TeamsApp();
        var stranger = new TestSigningKey("unknown-kid", "msteams");

        using var first = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(stranger));
        using var second = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(stranger));

        await AssertRefusedAsync(app, first);
        await AssertRefusedAsync(app, second);
        Assert.Equal(2, app.Microsoft.KeyRequests.Count);
    }

    [Fact]
    public async Task A_rotated_key_is_fetched_when_a_token_first_names_it()
    {
        await using var app = new TeamsApp();
        using var before = await app.PostActivityAsync(Question);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var rotated = new TestSigningKey("bf-key-2", "msteams");
        app.Microsoft.Publish(app.Key, rotated);

        using var response = await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?", id: "1700000000010").ToJsonString(), BotConnectorTokens.Mint(rotated));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, app.Microsoft.KeyRequests.Count);
    }

    [Fact]
    public async Task A_token_for_another_app_is_refused()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(app.Key, audience: "00000000-1111-2222-3333-444444444444"));

        await AssertRefusedAsync(app, response);
    }

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example/")]
    public async Task A_token_from_another_issuer_is_refused(string issuer)
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(app.Key, issuer: issuer));

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task A_token_that_expired_more_than_five_minutes_ago_is_refused()
    {
        await using var app = new TeamsApp();
        var now = DateTimeOffset.UtcNow;

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(app.Key, notBefore: now.AddHours(-1), expires: now.AddMinutes(-6)));

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task A_token_that_expired_within_the_five_minutes_of_clock_skew_is_accepted()
    {
        await using var app = new TeamsApp();
        var now = DateTimeOffset.UtcNow;

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(app.Key, notBefore: now.AddHours(-1), expires: now.AddMinutes(-3)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_not_valid_until_more_than_five_minutes_from_now_is_refused()
    {
        await using var app = new TeamsApp();
        var now = DateTimeOffset.UtcNow;

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(app.Key, notBefore: now.AddMinutes(7), expires: now.AddHours(1)));

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activitys_channel_is_refused()
    {
        await using var app = new TeamsApp();
        var skypeOnly = new TestSigningKey("skype-key", "skype");
        app.Microsoft.Publish(app.Key, skypeOnly);

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(skypeOnly));

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task A_key_with_no_endorsements_is_refused()
    {
        await using var app = new TeamsApp();
        var bare = new TestSigningKey("bare-key");
        app.Microsoft.Publish(app.Key, bare);

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(bare));

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task A_token_issued_for_another_serviceUrl_is_refused_so_replies_cannot_be_redirected()
    {
        await using var app = new TeamsApp();
        var activity = TeamsActivities.Personal("Who owns patch management?");
        activity["serviceUrl"] = "https://attacker.example/";

        using var response = await app.PostActivityAsync(activity.ToJsonString(), BotConnectorTokens.Mint(app.Key, serviceUrl: TeamsActivities.ServiceUrl));

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task The_serviceurl_claim_is_compared_without_regard_to_case()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(app.Key, serviceUrl: TeamsActivities.ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_a_shared_secret_is_refused()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.MintHs256());

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task A_token_signed_with_RS512_by_a_published_key_is_accepted()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(Question, BotConnectorTokens.Mint(app.Key, algorithm: SecurityAlgorithms.RsaSha512));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task When_the_signing_keys_cannot_be_fetched_requests_get_401_not_500()
    {
        await using var app = new TeamsApp();
        app.Microsoft.MetadataDown = true;

        using var response = await app.PostActivityAsync(Question);

        await AssertRefusedAsync(app, response);
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_reused_for_later_requests()
    {
        await using var app = new TeamsApp();

        for (var i = 0; i < 3; i++)
        {
            using var response = await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?", id: $"17000000001{i}").ToJsonString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Single(app.Microsoft.KeyRequests);
    }

    [Fact]
    public async Task A_refusal_leaks_no_detail_and_the_log_keeps_no_token()
    {
        await using var app = new TeamsApp();
        var token = BotConnectorTokens.Mint(app.Key, audience: "someone-else");

        using var response = await app.PostActivityAsync(Question, token);

        await AssertRefusedAsync(app, response);
        Assert.Empty(response.Headers.WwwAuthenticate);
        Assert.DoesNotContain(token, app.AllLogs, StringComparison.Ordinal);
        Assert.DoesNotContain(TeamsApp.AppPassword, app.AllLogs, StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(TeamsApp app, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.Microsoft.ConnectorCountAfterSettlingAsync());
    }
}
