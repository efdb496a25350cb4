using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;
using RoleBot.Slack.Tests.Support;

namespace RoleBot.Slack.Tests.Commands;

/// <summary><c>/rolebot</c> as Slack posts it: a signed form.</summary>
public sealed class SlashCommandTests
{
    private const string ResponseUrl = "https://hooks.slack.test/commands/T0TEAM001/1234/abcdef";

    public static string Command(string text) =>
        "token=legacy&team_id=T0TEAM001&team_domain=acme&channel_id=C0GENERAL&channel_name=general&user_id=U0ASKER01&user_name=ada" +
        $"&command=%2Frolebot&text={Uri.EscapeDataString(text)}&api_app_id=A0ROLEBOT&response_url={Uri.EscapeDataString(ResponseUrl)}&trigger_id=13345224609.738474920.8088930838d88f008e0";

    [Fact]
    public async Task A_question_is_answered_privately_in_the_ack_with_a_share_button()
    {
        await using var app = new SlackApp();

        var response = await app.PostFormAsync("/slack/commands", Command("who owns incident response?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.StartsWith("Owner: CISO", body.GetProperty("text").GetString(), StringComparison.Ordinal);
        var share = Buttons(body).Single(b => b.GetProperty("action_id").GetString() == "rolebot_share");
        Assert.Equal("who owns incident response?", share.GetProperty("value").GetString());
        Assert.Empty(app.Slack.Requests);
    }

    [Fact]
    public async Task A_replayed_copy_of_a_signed_command_is_refused_and_not_answered_again()
    {
        await using var app = new SlackApp();
        var at = DateTimeOffset.UtcNow;
        var original = SlackSigning.SignedRequest("/slack/commands", Command("who owns incident response?"), "application/x-www-form-urlencoded", SlackApp.Secret, at);
        var replay = SlackSigning.SignedRequest("/slack/commands", Command("who owns incident response?"), "application/x-www-form-urlencoded", SlackApp.Secret, at);

        var first = await app.SendAsync(original);
        var second = await app.SendAsync(replay);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    [InlineData("  HELP ")]
    public async Task The_command_alone_or_with_help_shows_help_with_example_questions(string text)
    {
        await using var app = new SlackApp();

        var response = await app.PostFormAsync("/slack/commands", Command(text));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", body.GetProperty("response_type").GetString());
        Assert.Contains("/rolebot Who owns incident response?", body.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(Buttons(body), b => b.GetProperty("value").GetString() == "Who does the CISO report to?");
        Assert.StartsWith("RoleBot help: ask /rolebot &lt;question&gt;", body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_answer_is_acknowledged_empty_and_then_sent_to_the_response_url()
    {
        await using var app = new SlackApp(
            new() { ["Slack:CommandAnswerBudget"] = "00:00:00.050" },
            s => s.AddSingleton<IRoleBotDialog>(new SlowDialog(TimeSpan.FromMilliseconds(500))));

        var response = await app.PostFormAsync("/slack/commands", Command("who owns the slow thing?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var sent = Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Equal(ResponseUrl, sent.Url.AbsoluteUri);
        Assert.Null(sent.Authorization);
        Assert.Equal("ephemeral", sent.Json.GetProperty("response_type").GetString());
        Assert.Contains("Slow topic", sent.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(ResponseUrl, app.AllLogs, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Buttons(JsonElement message) =>
        message.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray());
}
