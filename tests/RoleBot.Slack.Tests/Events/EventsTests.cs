using System.Net;
using System.Text.Json;
using RoleBot.Slack.Tests.Support;

namespace RoleBot.Slack.Tests.Events;

/// <summary>Events API deliveries, answered after the ack with chat.postMessage through the fake Slack.</summary>
public sealed class EventsTests
{
    [Fact]
    public async Task An_app_mention_is_acknowledged_and_answered_in_its_thread_with_chat_postMessage()
    {
        await using var app = new SlackApp();

        var ack = await app.PostEventAsync(SlackPayloads.Mention("Ev01", "who owns incident response?", ts: "1700000001.000100"));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var post = Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.Equal("https://slack.test/api/chat.postMessage", post.Url.AbsoluteUri);
        Assert.Equal("Bearer", post.Authorization?.Scheme);
        Assert.Equal(SlackApp.Token, post.Authorization?.Parameter);
        Assert.Equal("application/json", post.ContentType);
        var body = post.Json;
        Assert.Equal("C0GENERAL", body.GetProperty("channel").GetString());
        Assert.Equal("1700000001.000100", body.GetProperty("thread_ts").GetString());
        Assert.StartsWith("Owner: CISO", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(body.GetProperty("unfurl_links").GetBoolean());
        var header = body.GetProperty("blocks")[0];
        Assert.Equal("header", header.GetProperty("type").GetString());
        Assert.Contains("Incident response", header.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_base_url_without_a_trailing_slash_still_reaches_chat_postMessage()
    {
        await using var app = new SlackApp(new() { ["Slack:ApiBaseUrl"] = "https://slack.test/api" });

        await app.PostEventAsync(SlackPayloads.Mention("Ev0SLASH", "who owns incident response?"));

        Assert.Equal("https://slack.test/api/chat.postMessage", Assert.Single(await app.Slack.WaitForAsync(1)).Url.AbsoluteUri);
    }

    [Fact]
    public async Task A_mention_inside_a_thread_is_answered_in_that_thread()
    {
        await using var app = new SlackApp();

        await app.PostEventAsync(SlackPayloads.Mention("Ev02", "who owns incident response?", ts: "1700000009.000900", threadTs: "1700000001.000100"));

        var post = Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Equal("1700000001.000100", post.Json.GetProperty("thread_ts").GetString());
    }

    [Fact]
    public async Task A_direct_message_is_answered_in_the_direct_message_not_in_a_thread()
    {
        await using var app = new SlackApp();

        await app.PostEventAsync(SlackPayloads.DirectMessage("Ev03", "who owns incident response?"));

        var post = Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Equal("D0DIRECT01", post.Json.GetProperty("channel").GetString());
        Assert.False(post.Json.TryGetProperty("thread_ts", out _));
    }

    [Fact]
    public async Task A_follow_up_in_the_same_thread_continues_the_conversation_but_another_thread_does_not()
    {
        await using var app = new SlackApp();

        await app.PostEventAsync(SlackPayloads.Mention("Ev04", "Who leads incident response?", ts: "1700000001.000100"));
        await app.PostEventAsync(SlackPayloads.Mention("Ev05", "any stats on that?", ts: "1700000002.000100", threadTs: "1700000001.000100"));
        await app.PostEventAsync(SlackPayloads.Mention("Ev06", "any stats on that?", ts: "1700000003.000100"));

        var posts = await app.Slack.WaitForAsync(3);
        Assert.Contains("80%", posts[1].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("80%", posts[2].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bot_id", "B0OTHERBOT", null)]
    [InlineData("subtype", "bot_message", null)]
    [InlineData("subtype", "message_changed", null)]
    [InlineData("subtype", "message_deleted", null)]
    [InlineData("subtype", "channel_join", null)]
    [InlineData("user", SlackPayloads.BotUser, null)]
    [InlineData("channel_type", "channel", null)]
    [InlineData("edited", null, "{\"user\":\"U0ASKER01\",\"ts\":\"1700000002.000300\"}")]
    public async Task Bots_rolebot_itself_edits_deletions_other_subtypes_and_channel_messages_are_not_answered(string field, string? value, string? json)
    {
        await using var app = new SlackApp();
        var message = new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["channel_type"] = "im",
            ["user"] = SlackPayloads.Asker,
            ["text"] = "who owns incident response?",
            ["ts"] = "1700000002.000200",
            ["channel"] = "D0DIRECT01",
        };
        message[field] = json is null ? value : JsonDocument.Parse(json).RootElement;

        var ack = await app.PostEventAsync(SlackPayloads.Callback("Ev07", message));
        await app.PostEventAsync(SlackPayloads.Mention("Ev08", "who owns incident response?", channel: "C0SENTINEL"));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var post = Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Equal("C0SENTINEL", post.Json.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Four_copies_of_the_same_event_arriving_at_once_get_exactly_one_answer()
    {
        await using var app = new SlackApp();
        var body = SlackPayloads.Mention("Ev0STORM", "who owns incident response?");
        var retries = new[] { null, "1", "2", "3" };

        var acks = await Task.WhenAll(retries.Select(n => app.PostEventAsync(body, n is null
            ? null
            : new Dictionary<string, string> { ["X-Slack-Retry-Num"] = n, ["X-Slack-Retry-Reason"] = "http_timeout" })));
        await app.PostEventAsync(SlackPayloads.Mention("Ev0AFTER", "who owns incident response?", channel: "C0SENTINEL"));

        Assert.All(acks, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var posts = await app.Slack.WaitForAsync(2);
        Assert.Equal(["C0GENERAL", "C0SENTINEL"], posts.Select(p => p.Json.GetProperty("channel").GetString()));
    }

    [Fact]
    public async Task A_retry_whose_first_delivery_never_arrived_is_answered()
    {
        await using var app = new SlackApp();

        var ack = await app.PostEventAsync(SlackPayloads.Mention("Ev0LOST", "who owns incident response?"),
            new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_error" });

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Single(await app.Slack.WaitForAsync(1));
    }

    [Fact]
    public async Task A_rate_limited_post_waits_for_Retry_After_and_is_sent_again()
    {
        await using var app = new SlackApp();
        app.Slack.Then(() => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "1" } } });

        await app.PostEventAsync(SlackPayloads.Mention("Ev09", "who owns incident response?"));

        var posts = await app.Slack.WaitForAsync(2);
        Assert.Equal(posts[0].Body, posts[1].Body);
        await WaitForLogAsync(app, "Answered Slack event Ev09");
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_until_slack_takes_the_message()
    {
        await using var app = new SlackApp();
        app.Slack.Then(() => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        app.Slack.Then(() => new HttpResponseMessage(HttpStatusCode.BadGateway));

        await app.PostEventAsync(SlackPayloads.Mention("Ev10", "who owns incident response?"));

        Assert.Equal(3, (await app.Slack.WaitForAsync(3)).Count);
        await WaitForLogAsync(app, "Answered Slack event Ev10");
    }

    [Fact]
    public async Task Slacks_error_code_is_logged_and_counted_and_the_token_never_appears_in_the_logs()
    {
        await using var app = new SlackApp();
        app.Slack.ThenJson("{\"ok\":false,\"error\":\"channel_not_found\"}");

        await app.PostEventAsync(SlackPayloads.Mention("Ev11", "who owns incident response?"));

        await app.Slack.WaitForAsync(1);
        await WaitForLogAsync(app, "Slack chat.postMessage failed for event Ev11: channel_not_found");
        Assert.DoesNotContain(SlackApp.Token, app.AllLogs, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackApp.Secret, app.AllLogs, StringComparison.Ordinal);
    }

    private static async Task WaitForLogAsync(SlackApp app, string text)
    {
        for (var i = 0; i < 200 && !app.AllLogs.Contains(text, StringComparison.Ordinal); i++)
        {
            await Task.Delay(50);
        }

        Assert.Contains(text, app.AllLogs, StringComparison.Ordinal);
    }
}
