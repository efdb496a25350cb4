using System.Text.Json;

namespace RoleBot.Slack.Tests.Support;

/// <summary>Event bodies shaped like Slack's documented examples.</summary>
public static class SlackPayloads
{
    public const string Team = "T0TEAM001";
    public const string BotUser = "U0ROLEBOT";
    public const string Asker = "U0ASKER01";

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
}
