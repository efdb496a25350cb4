using RoleBot.Teams.Activities;

namespace RoleBot.Teams.Tests.Messages;

/// <summary>The question left after the bot's own mention is taken out of a Teams message.</summary>
public sealed class MentionTextTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "RoleBot" };

    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = "message", Text = text, Recipient = Bot, Entities = entities,
    };

    private static Entity Mention(string id, string name, string? text) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };

    [Fact]
    public void The_bots_mention_is_removed_wherever_it_appears()
    {
        var activity = Message("who owns <at>RoleBot</at> patch management?", Mention("28:bot", "RoleBot", "<at>RoleBot</at>"));

        Assert.Equal("who owns patch management?", MentionText.QuestionIn(activity));
    }

    [Fact]
    public void Other_peoples_mentions_stay_as_their_names()
    {
        var activity = Message(
            "<at>RoleBot</at> does <at>Dana Reyes</at> own vendor risk?",
            Mention("28:bot", "RoleBot", "<at>RoleBot</at>"),
            Mention("29:dana", "Dana Reyes", "<at>Dana Reyes</at>"));

        Assert.Equal("does Dana Reyes own vendor risk?", MentionText.QuestionIn(activity));
    }

    [Fact]
    public void Html_from_channel_messages_is_reduced_to_its_text()
    {
        var activity = Message("<p><at>RoleBot</at>&nbsp;who owns R&amp;D security?</p>", Mention("28:bot", "RoleBot", "<at>RoleBot</at>"));

        Assert.Equal("who owns R&D security?", MentionText.QuestionIn(activity));
    }

    [Fact]
    public void A_message_without_entities_is_left_as_typed()
    {
        Assert.Equal("Who owns patch management?", MentionText.QuestionIn(Message("  Who owns patch management? ")));
    }

    [Fact]
    public void A_mention_of_someone_else_with_the_bots_name_is_not_mistaken_for_the_bot()
    {
        var activity = Message("<at>RoleBot</at> hi", Mention("29:impostor", "RoleBot", "<at>RoleBot</at>"));

        Assert.Equal("RoleBot hi", MentionText.QuestionIn(activity));
    }
}
