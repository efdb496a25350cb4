using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Slack.Tests.Support;

/// <summary>Event bodies shaped like Slack's documented examples.</summary>
public static class SlackPayloads
{
    public const string Team = "T0TEAM001";
    public const string BotUser = "U0ROLEBOT";
    public const string Asker = "U0ASKER01";
    public const string ActionResponseUrl = "https://hooks.slack.test/actions/T0TEAM001/5678/ghijkl";

    public static string Mention(string eventId, string text, string channel = "C0GENERAL", string ts = "1700000001.000100", string? threadTs = null) =>
        Callback(eventId, new Dictionary<string, object?>
        {
            ["type"] = "app_mention",
            ["user"] = Asker,
            ["text"] = $"<@{BotUser}> {text}",
            ["ts"] = ts,
            ["thread_ts"] = threadTs,
            ["channel"] = channel,
            ["event_ts"] = ts,
        });

    public static string DirectMessage(string eventId, string text, string channel = "D0DIRECT01", string ts = "1700000002.000200") =>
        Callback(eventId, new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["channel_type"] = "im",
            ["user"] = Asker,
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = channel,
            ["event_ts"] = ts,
        });

    public static string Callback(string eventId, Dictionary<string, object?> inner) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["token"] = "legacy-verification-token",
        ["team_id"] = Team,
        ["api_app_id"] = "A0ROLEBOT",
        ["event"] = inner.Where(p => p.Value is not null).ToDictionary(),
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000001,
        ["authorizations"] = new[] { new { team_id = Team, user_id = BotUser, is_bot = true } },
    });

    /// <summary>A block_actions payload for a click on <paramref name="button"/>; no message means an ephemeral one.</summary>
    public static JsonObject Click(JsonNode button, string? messageTs, string? threadTs, JsonArray? blocks, string responseUrl = ActionResponseUrl)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = SlackPayloads.Asker, ["username"] = "ada", ["team_id"] = SlackPayloads.Team },
            ["api_app_id"] = "A0ROLEBOT",
            ["token"] = "legacy",
            ["container"] = messageTs is null
                ? new JsonObject { ["type"] = "message", ["message_ts"] = "1700000005.000500", ["channel_id"] = "C0GENERAL", ["is_ephemeral"] = true }
                : new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = "C0GENERAL", ["is_ephemeral"] = false },
            ["trigger_id"] = "12466734323.1395872398.cb19e7fbee2a5e75b5ce2b8d3d5e2f57",
            ["team"] = new JsonObject { ["id"] = SlackPayloads.Team, ["domain"] = "acme" },
            ["channel"] = new JsonObject { ["id"] = "C0GENERAL", ["name"] = "general" },
            ["response_url"] = responseUrl,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = (string?)button["action_id"],
                ["block_id"] = "b",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "x" },
                ["value"] = (string?)button["value"],
                ["type"] = "button",
                ["action_ts"] = "1700000006.000600",
            }),
        };
        if (messageTs is not null)
        {
            payload["message"] = new JsonObject
            {
                ["type"] = "message",
                ["user"] = SlackPayloads.BotUser,
                ["ts"] = messageTs,
                ["thread_ts"] = threadTs,
                ["text"] = "Owner: CISO",
                ["blocks"] = blocks?.DeepClone(),
            };
        }

        return payload;
    }
}
