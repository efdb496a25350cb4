using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;
using RoleBot.Teams.Cards;
using RoleBot.Teams.Tests.Support;

namespace RoleBot.Teams.Tests.Messages;

/// <summary>New members get the welcome card as a new message in the conversation; the bot's own arrival does not.</summary>
public sealed class WelcomeTests
{
    [Fact]
    public async Task New_members_get_a_welcome_card_with_three_example_questions()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(TeamsActivities.MembersAdded(TeamsActivities.UserId).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = (await app.Microsoft.WaitForConnectorAsync(1))[0];
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3A97b2d6b2f7a04ef1b9ec2e1c3c5c5f40%40thread.tacv2/activities", sent.Url.AbsoluteUri);
        var body = sent.Json;
        Assert.False(body.TryGetProperty("replyToId", out _));
        var card = body.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains("Welcome to RoleBot", card.GetRawText(), StringComparison.Ordinal);
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(3, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.All(actions, a => Assert.Equal("ask", a.GetProperty("data").GetProperty("rolebot").GetString()));
    }

    [Fact]
    public async Task The_bot_being_added_itself_sends_no_welcome()
    {
        await using var app = new TeamsApp();

        using var response = await app.PostActivityAsync(TeamsActivities.MembersAdded(TeamsActivities.BotId).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.Microsoft.ConnectorCountAfterSettlingAsync());
    }

    [Fact]
    public async Task Every_example_on_the_welcome_card_is_a_question_RoleBot_answers()
    {
        await using var services = new ServiceCollection().AddLogging().AddRoleBotCore(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var dialog = services.GetRequiredService<IRoleBotDialog>();

        foreach (var example in WelcomeCardRenderer.ExampleQuestions)
        {
            var answer = await dialog.AskAsync(new Question(example, "welcome-" + example, "teams"));
            Assert.True(answer.Answered, $"RoleBot does not answer the welcome card's example '{example}'.");
        }
    }
}
