using System.Text.Json.Nodes;

namespace RoleBot.Teams.Tests.Support;

/// <summary>
/// Activities shaped like real Teams traffic (botbuilder-js recordings and the Teams docs): ids with <c>19:</c>,
/// <c>29:</c> and <c>28:</c> prefixes, mention entities, clientInfo, channelData with team, channel and tenant.
/// </summary>
public static class TeamsActivities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:" + TeamsApp.AppId;
    public const string BotName = "RoleBot";
    public const string UserId = "29:1Xk8bOvzBKGnrt3dRmhJ-oyJ9tKRhJh0VLZVwRdnC6qJ3CLxmMmmjWkU3nPXhyqD7TIxOkQ5Tz1jKOKB1G4f3KQ";
    public const string UserAadId = "87d349ed-44d7-43e1-9a83-5f2406dee5bd";
    public const string TeamId = "19:97b2d6b2f7a04ef1b9ec2e1c3c5c5f40@thread.tacv2";
    public const string ChannelConversationId = TeamId + ";messageid=1700000000001";
    public const string PersonalConversationId = "a:1qMKNa8Z1zVn_xcYnEa8e0HgfmxVqxNn7bXqCZ4mNbWr5uPmvDOcUftcOoy5AiBSz0IBUo7O6pWuY8Iq0y5Ri6bdGv_wdqEbxArf8w5CeFnEmQ8lF8XvG8Q";
    public const string GroupChatId = "19:meeting_NjQ2NWE5MTctNmY4Zi00YzE3LWIxNzctNTZkNzM0MDQ0ZGI2@thread.v2";

    public static JsonObject ChannelMention(string question, string id = "1700000000001") => Message(
        id,
        $"<at>{BotName}</at> {question}",
        new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId, ["id"] = ChannelConversationId },
        mentionText: $"<at>{BotName}</at>",
        channelData: new JsonObject
        {
            ["teamsChannelId"] = TeamId,
            ["teamsTeamId"] = TeamId,
            ["channel"] = new JsonObject { ["id"] = TeamId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        });

    public static JsonObject Personal(string question, string id = "1700000000002") => Message(
        id,
        question,
        new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = PersonalConversationId },
        mentionText: null,
        channelData: new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } });

    /// <summary>A group chat mention whose entity has no text (BBD #2504) and a display name unlike recipient.name.</summary>
    public static JsonObject GroupChatMentionWithoutEntityText(string question, string id = "1700000000003")
    {
        var activity = Message(
            id,
            $"<at>Role Bot (preview)</at> {question}",
            new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["tenantId"] = TenantId, ["id"] = GroupChatId },
            mentionText: null,
            channelData: new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } });
        activity["entities"]!.AsArray().Insert(0, new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Role Bot (preview)" },
        });
        return activity;
    }

    /// <summary>What <c>Action.Submit</c> posts: a message with no text, the button's data as value, replyToId the card's message.</summary>
    public static JsonObject Submit(JsonObject data, string id = "1700000000004")
    {
        var activity = Personal("", id);
        activity.Remove("text");
        activity["value"] = data;
        activity["replyToId"] = "1700000000099";
        return activity;
    }

    /// <summary>What <c>Action.Execute</c> posts: an invoke named adaptiveCard/action.</summary>
    public static JsonObject Execute(JsonObject data, string verb = "feedback", string actionType = "Action.Execute", string id = "1700000000005")
    {
        var activity = Personal("", id);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1700000000099";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = actionType, ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject MembersAdded(params string[] memberIds) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:8c8c7b4f-2a09-7fb9-8f3b-2c0a4d7b2a1e",
        ["timestamp"] = "2026-11-23T10:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadId },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId, ["id"] = TeamId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["membersAdded"] = new JsonArray([.. memberIds.Select(m => (JsonNode)new JsonObject { ["id"] = m })]),
        ["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Security Champions" },
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        },
    };

    private static JsonObject Message(string id, string text, JsonObject conversation, string? mentionText, JsonObject channelData)
    {
        var entities = new JsonArray();
        if (mentionText is not null)
        {
            entities.Add(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
                ["text"] = mentionText,
                ["type"] = "mention",
            });
        }

        entities.Add(new JsonObject { ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "Europe/London", ["type"] = "clientInfo" });
        return new JsonObject
        {
            ["text"] = text,
            ["textFormat"] = "plain",
            ["type"] = "message",
            ["timestamp"] = "2026-11-23T10:00:00.000Z",
            ["localTimestamp"] = "2026-11-23T10:00:00.000+00:00",
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = ServiceUrl,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Alex Wilber", ["aadObjectId"] = UserAadId },
            ["conversation"] = conversation,
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["entities"] = entities,
            ["channelData"] = channelData,
            ["locale"] = "en-US",
        };
    }
}
