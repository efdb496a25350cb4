using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Teams.Tests.Support;

namespace RoleBot.Teams.Tests.Messages;

/// <summary>Card buttons: Action.Submit arrives as a message with a value, Action.Execute as an invoke answered in the HTTP response.</summary>
public sealed class CardActionTests
{
    private static JsonObject FeedbackData(bool helpful) => new()
    {
        ["rolebot"] = "feedback",
        ["helpful"] = helpful,
        ["question"] = "Who owns patch management?",
        ["answer"] = "The CIO owns patch management.",
        ["topic"] = "patch_management",
        ["intent"] = "ownership",
    };

    [Fact]
    public async Task An_Execute_feedback_click_is_recorded_and_answered_synchronously_with_a_message()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(TeamsActivities.Execute(FeedbackData(helpful: true)).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Thanks, glad it helped.", body.RootElement.GetProperty("value").GetString());
        var entry = Assert.Single(app.Learning.Entries);
        Assert.Equal(("teams", "Who owns patch management?", "The CIO owns patch management.", true, TeamsActivities.UserAadId),
            (entry.Channel, entry.Question, entry.AnswerGiven, entry.Helpful, entry.UserId));
        Assert.Equal(0, await app.Microsoft.ConnectorCountAfterSettlingAsync());
    }

    [Fact]
    public async Task An_Execute_question_click_is_answered_with_a_card_that_replaces_the_clicked_one()
    {
        await using var app = new TeamsApp();
        var data = new JsonObject { ["rolebot"] = "ask", ["question"] = "Who leads incident response?" };

        using var response = await app.PostActivityAsync(TeamsActivities.Execute(data, verb: "ask").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("1.5", body.RootElement.GetProperty("value").GetProperty("version").GetString());
    }

    [Fact]
    public async Task An_adaptiveCard_action_that_is_not_Execute_gets_a_400_error_response()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(TeamsActivities.Execute(FeedbackData(true), actionType: "Action.Submit").ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Empty(app.Learning.Entries);
    }

    [Fact]
    public async Task An_Execute_click_with_data_that_is_not_RoleBots_gets_a_400_error_response()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(TeamsActivities.Execute(new JsonObject { ["foo"] = "bar" }).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("application/vnd.microsoft.error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Submit_feedback_click_is_recorded_and_thanked_in_a_reply()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(TeamsActivities.Submit(FeedbackData(helpful: false)).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await app.Microsoft.WaitForConnectorAsync(1))[0];
        Assert.Equal("Thanks for telling us; this answer will be reviewed.", reply.Json.GetProperty("text").GetString());
        Assert.EndsWith("/activities/1700000000004", reply.Url.AbsoluteUri, StringComparison.Ordinal);
        var entry = Assert.Single(app.Learning.Entries);
        Assert.False(entry.Helpful);
        Assert.Equal("Who owns patch management?", entry.Question);
    }

    [Fact]
    public async Task A_Submit_suggestion_click_asks_the_suggested_question()
    {
        await using var app = new TeamsApp();
        var data = new JsonObject { ["rolebot"] = "ask", ["question"] = "Who leads incident response?" };

        await app.PostActivityAsync(TeamsActivities.Submit(data).ToJsonString());

        var reply = (await app.Microsoft.WaitForConnectorAsync(1))[0];
        Assert.Contains("incident", reply.Json.GetProperty("attachments")[0].GetProperty("content").GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_answer_card_carries_suggestions_as_Submit_and_feedback_as_Execute_and_the_click_round_trips()
    {
        await using var app = new TeamsApp();
        await app.PostActivityAsync(TeamsActivities.Personal("Who owns patch management?").ToJsonString());
        var card = (await app.Microsoft.WaitForConnectorAsync(1))[0].Json.GetProperty("attachments")[0].GetProperty("content");
        var helpful = card.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("type").GetString() == "Action.Execute");
        Assert.Equal("feedback", helpful.GetProperty("verb").GetString());

        var click = JsonNode.Parse(helpful.GetProperty("data").GetRawText())!.AsObject();
        using var response = await app.PostActivityAsync(TeamsActivities.Execute(click).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Who owns patch management?", Assert.Single(app.Learning.Entries).Question);
    }
}
