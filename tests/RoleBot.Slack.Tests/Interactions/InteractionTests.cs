using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Slack.Tests.Support;

namespace RoleBot.Slack.Tests.Interactions;

/// <summary>Button clicks as Slack posts them: a signed form whose <c>payload</c> field holds the JSON.</summary>
public sealed class InteractionTests
{
    private const string ResponseUrl = SlackPayloads.ActionResponseUrl;

    [Fact]
    public async Task A_suggestion_button_asks_its_question_in_the_same_thread()
    {
        await using var app = new SlackApp();
        await app.PostEventAsync(SlackPayloads.Mention("Ev20", "Who leads incident response?", ts: "1700000001.000100"));
        var answer = Assert.Single(await app.Slack.WaitForAsync(1));
        var blocks = JsonNode.Parse(answer.Json.GetProperty("blocks").GetRawText())!.AsArray();
        var suggestion = blocks.Single(b => (string?)b!["block_id"] == "rolebot_suggestions")!["elements"]![0]!;

        var click = await app.PostFormAsync("/slack/interactions", Payload(SlackPayloads.Click(suggestion, messageTs: "1700000005.000500", threadTs: "1700000001.000100", blocks)));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var followUp = (await app.Slack.WaitForAsync(2))[1];
        Assert.Equal("https://slack.test/api/chat.postMessage", followUp.Url.AbsoluteUri);
        Assert.Equal("C0GENERAL", followUp.Json.GetProperty("channel").GetString());
        Assert.Equal("1700000001.000100", followUp.Json.GetProperty("thread_ts").GetString());
    }

    [Theory]
    [InlineData("rolebot_feedback_helpful", true)]
    [InlineData("rolebot_feedback_not_helpful", false)]
    public async Task A_feedback_click_is_recorded_and_the_message_updated_without_the_buttons(string actionId, bool helpful)
    {
        await using var app = new SlackApp();
        await app.PostEventAsync(SlackPayloads.Mention("Ev21", "who owns incident response?"));
        var answer = Assert.Single(await app.Slack.WaitForAsync(1));
        var blocks = JsonNode.Parse(answer.Json.GetProperty("blocks").GetRawText())!.AsArray();
        var button = blocks.Single(b => (string?)b!["block_id"] == "rolebot_feedback")!["elements"]!.AsArray().Single(e => (string?)e!["action_id"] == actionId)!;

        var click = await app.PostFormAsync("/slack/interactions", Payload(SlackPayloads.Click(button, messageTs: "1700000005.000500", threadTs: "1700000001.000100", blocks)));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var update = (await app.Slack.WaitForAsync(2))[1];
        Assert.Equal(ResponseUrl, update.Url.AbsoluteUri);
        Assert.True(update.Json.GetProperty("replace_original").GetBoolean());
        Assert.DoesNotContain("rolebot_feedback_helpful", update.Body, StringComparison.Ordinal);
        var thanks = update.Json.GetProperty("blocks").EnumerateArray().Last().GetProperty("elements")[0].GetProperty("text").GetString();
        Assert.StartsWith("<@U0ASKER01> rated this answer", thanks, StringComparison.Ordinal);
        var entry = Assert.Single(app.Learning.Entries);
        Assert.Equal(("slack", "who owns incident response?", helpful, "U0ASKER01"), (entry.Channel, entry.Question, entry.Helpful, entry.UserId));
        Assert.Contains("Incident response", entry.AnswerGiven, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_in_channel_reposts_the_private_answer_for_everyone_and_removes_the_private_one()
    {
        await using var app = new SlackApp();
        var share = new JsonObject { ["type"] = "button", ["action_id"] = "rolebot_share", ["value"] = "who owns incident response?" };

        var click = await app.PostFormAsync("/slack/interactions", Payload(SlackPayloads.Click(share, messageTs: null, threadTs: null, blocks: null)));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var sent = await app.Slack.WaitForAsync(2);
        Assert.All(sent, s => Assert.Equal(ResponseUrl, s.Url.AbsoluteUri));
        Assert.Equal("in_channel", sent[0].Json.GetProperty("response_type").GetString());
        Assert.StartsWith("Owner: CISO", sent[0].Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("rolebot_share", sent[0].Body, StringComparison.Ordinal);
        Assert.True(sent[1].Json.GetProperty("delete_original").GetBoolean());
    }

    [Fact]
    public async Task A_suggestion_clicked_in_a_private_answer_is_answered_privately_through_the_response_url()
    {
        await using var app = new SlackApp();
        var suggestion = new JsonObject { ["type"] = "button", ["action_id"] = "rolebot_suggest_1", ["value"] = "Who does the CISO report to?" };

        var click = await app.PostFormAsync("/slack/interactions", Payload(SlackPayloads.Click(suggestion, messageTs: null, threadTs: null, blocks: null)));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var sent = Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Equal(ResponseUrl, sent.Url.AbsoluteUri);
        Assert.Equal("ephemeral", sent.Json.GetProperty("response_type").GetString());
        Assert.False(sent.Json.GetProperty("replace_original").GetBoolean());
        Assert.Contains("rolebot_share", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_is_never_posted_to_a_response_url_outside_slack()
    {
        await using var app = new SlackApp();
        var suggestion = new JsonObject { ["type"] = "button", ["action_id"] = "rolebot_suggest_1", ["value"] = "Who does the CISO report to?" };

        await app.PostFormAsync("/slack/interactions", Payload(SlackPayloads.Click(suggestion, null, null, null, "https://attacker.example/collect")));
        await app.PostFormAsync("/slack/interactions", Payload(SlackPayloads.Click(suggestion, null, null, null)));

        // One worker answers in order, so once the second click is answered the first has been dealt with.
        var sent = Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Equal(ResponseUrl, sent.Url.AbsoluteUri);
        Assert.DoesNotContain(app.Slack.Requests, r => r.Url.Host == "attacker.example");
    }

    [Fact]
    public async Task A_feedback_button_with_a_tampered_value_gets_400()
    {
        await using var app = new SlackApp();
        var button = new JsonObject { ["type"] = "button", ["action_id"] = "rolebot_feedback_helpful", ["value"] = "not json" };

        var click = await app.PostFormAsync("/slack/interactions", Payload(SlackPayloads.Click(button, "1700000005.000500", null, null)));

        Assert.Equal(HttpStatusCode.BadRequest, click.StatusCode);
        Assert.Empty(app.Learning.Entries);
    }

    private static string Payload(JsonObject payload) => "payload=" + Uri.EscapeDataString(payload.ToJsonString());
}
