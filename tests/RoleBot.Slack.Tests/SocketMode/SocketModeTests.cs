using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Tests.Support;

namespace RoleBot.Slack.Tests.SocketMode;

/// <summary>Socket Mode against a local Slack: a real apps.connections.open over HTTP and a real WebSocket server.</summary>
public sealed class SocketModeTests
{
    private const string CommandResponseUrl = "https://hooks.slack.test/commands/T0TEAM001/1234/abcdef";

    [Fact]
    public async Task A_mention_after_hello_is_acked_with_its_envelope_id_within_3_s_and_answered_in_the_thread()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack);
        using var ackDurations = new MetricCollector<double>(app.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), SlackMetrics.MeterName, "rolebot.slack.socket.ack.duration");
        var socket = await slack.NextSocketAsync();

        var sent = Stopwatch.StartNew();
        await socket.SendEnvelopeAsync("events_api", "env-mention-1", SlackPayloads.Mention("EvS01", "who owns incident response?", ts: "1700000001.000100"));
        var ack = await socket.NextAckAsync();

        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(3), $"acked after {sent.Elapsed}");
        Assert.Equal("env-mention-1", ack.GetProperty("envelope_id").GetString());
        Assert.False(ack.TryGetProperty("payload", out _));
        var post = Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Equal(new Uri(slack.ApiBaseUrl + "chat.postMessage"), post.Url);
        Assert.Equal(SlackApp.Token, post.Authorization?.Parameter);
        Assert.Equal("C0GENERAL", post.Json.GetProperty("channel").GetString());
        Assert.Equal("1700000001.000100", post.Json.GetProperty("thread_ts").GetString());
        Assert.StartsWith("Owner: CISO", post.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Single(ackDurations.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task The_socket_url_comes_from_apps_connections_open_posted_with_the_app_token_in_the_header()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack);

        await slack.NextSocketAsync();

        var open = Assert.Single(slack.Opens);
        Assert.Equal("POST", open.Method);
        Assert.Equal("Bearer " + SocketModeApp.AppToken, open.Authorization);
        Assert.Equal("application/x-www-form-urlencoded", open.ContentType);
        Assert.DoesNotContain(SocketModeApp.AppToken, open.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slash_command_envelope_is_acked_with_its_answer_as_payload()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack);
        var socket = await slack.NextSocketAsync();

        await socket.SendEnvelopeAsync("slash_commands", "env-command-1", Command("who owns incident response?"), acceptsResponsePayload: true);
        var ack = await socket.NextAckAsync();

        Assert.Equal("env-command-1", ack.GetProperty("envelope_id").GetString());
        var payload = ack.GetProperty("payload");
        Assert.Equal("ephemeral", payload.GetProperty("response_type").GetString());
        Assert.StartsWith("Owner: CISO", payload.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("rolebot_share", payload.GetProperty("blocks").GetRawText(), StringComparison.Ordinal);
        Assert.Empty(app.Slack.Requests);
    }

    [Fact]
    public async Task A_helpful_click_envelope_is_acked_recorded_and_the_message_updated()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack);
        var socket = await slack.NextSocketAsync();
        await socket.SendEnvelopeAsync("events_api", "env-mention-2", SlackPayloads.Mention("EvS02", "who owns incident response?"));
        await socket.NextAckAsync();
        var answer = Assert.Single(await app.Slack.WaitForAsync(1));
        var blocks = JsonNode.Parse(answer.Json.GetProperty("blocks").GetRawText())!.AsArray();
        var helpful = blocks.Single(b => (string?)b!["block_id"] == "rolebot_feedback")!["elements"]!.AsArray().Single(e => (string?)e!["action_id"] == "rolebot_feedback_helpful")!;

        await socket.SendEnvelopeAsync("interactive", "env-click-1", SlackPayloads.Click(helpful, "1700000005.000500", "1700000001.000100", blocks).ToJsonString());
        var ack = await socket.NextAckAsync();

        Assert.Equal("env-click-1", ack.GetProperty("envelope_id").GetString());
        var update = (await app.Slack.WaitForAsync(2))[1];
        Assert.Equal(SlackPayloads.ActionResponseUrl, update.Url.AbsoluteUri);
        Assert.True(update.Json.GetProperty("replace_original").GetBoolean());
        var feedback = Assert.Single(app.Learning.Entries);
        Assert.True(feedback.Helpful);
        Assert.Equal(SlackPayloads.Asker, feedback.UserId);
    }

    [Fact]
    public async Task The_same_event_delivered_on_both_connections_is_acked_on_both_and_answered_once()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack, connections: 2);
        var first = await slack.NextSocketAsync();
        var second = await slack.NextSocketAsync();
        var mention = SlackPayloads.Mention("EvS03", "who owns incident response?");

        await Task.WhenAll(first.SendEnvelopeAsync("events_api", "env-a", mention), second.SendEnvelopeAsync("events_api", "env-b", mention));
        Assert.Equal("env-a", (await first.NextAckAsync()).GetProperty("envelope_id").GetString());
        Assert.Equal("env-b", (await second.NextAckAsync()).GetProperty("envelope_id").GetString());
        await first.SendEnvelopeAsync("events_api", "env-c", SlackPayloads.Mention("EvS04", "who leads incident response?", channel: "C0LATER01"));
        await first.NextAckAsync();

        // One worker answers in order: once the later event is answered, a second answer to the first would have come.
        var posts = await app.Slack.WaitForAsync(2);
        await WaitUntilAsync(() => app.Posts().Any(p => p.Json.GetProperty("channel").GetString() == "C0LATER01"));
        Assert.Equal(["C0GENERAL", "C0LATER01"], app.Posts().Select(p => p.Json.GetProperty("channel").GetString()!));
        Assert.Equal(2, posts.Count);
    }

    [Fact]
    public async Task Logs_never_carry_the_app_token_or_the_socket_ticket()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack);
        var socket = await slack.NextSocketAsync();
        await socket.SendEnvelopeAsync("events_api", "env-logs", SlackPayloads.Mention("EvS05", "who owns incident response?"));
        await socket.NextAckAsync();
        await app.Slack.WaitForAsync(1);
        socket.Drop();
        await slack.NextSocketAsync();

        Assert.Contains("Slack Socket Mode connection 1 is open (127.0.0.1)", app.AllLogs, StringComparison.Ordinal);
        Assert.DoesNotContain(SocketModeApp.AppToken, app.AllLogs, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETAPPTOKEN", app.AllLogs, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETTICKET", app.AllLogs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_and_metrics_report_socket_mode_and_the_connections_open()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack, connections: 2);
        await slack.NextSocketAsync();
        await slack.NextSocketAsync();

        var status = app.Services.GetRequiredService<SlackTransportStatus>();
        await WaitUntilAsync(() => status.SocketConnectionsOpen == 2);
        using var client = app.CreateClient();
        var ready = JsonDocument.Parse(await client.GetStringAsync("/readyz")).RootElement.GetProperty("slack");

        Assert.Equal("socket", ready.GetProperty("mode").GetString());
        Assert.Equal(2, ready.GetProperty("socketConnections").GetProperty("wanted").GetInt32());
        Assert.Equal(2, ready.GetProperty("socketConnections").GetProperty("open").GetInt32());
        Assert.Contains("Slack mode: socket", app.AllLogs, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.PostAsync("/slack/events", new StringContent("{}"))).StatusCode);
        // The exporter answers a scrape from a snapshot that can predate the second connection on a busy machine: scrape until it shows.
        var pattern = new System.Text.RegularExpressions.Regex(@"(?m)^rolebot_slack_socket_connections(\{[^}]*\})? 2( |$)");
        var metrics = "";
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!pattern.IsMatch(metrics = await client.GetStringAsync("/metrics")) && !patience.IsCancellationRequested)
        {
            await Task.Delay(200);
        }

        Assert.Matches(pattern, metrics);
    }

    [Fact]
    public async Task With_a_signing_secret_too_the_http_endpoints_stay_and_an_event_arriving_both_ways_is_answered_once()
    {
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack, settings: new() { ["Slack:SigningSecret"] = SlackApp.Secret });
        var socket = await slack.NextSocketAsync();
        var mention = SlackPayloads.Mention("EvS06", "who owns incident response?");

        var overHttp = await app.PostEventAsync(mention);
        await socket.SendEnvelopeAsync("events_api", "env-both", mention);
        await socket.NextAckAsync();
        await socket.SendEnvelopeAsync("events_api", "env-later", SlackPayloads.Mention("EvS07", "who leads incident response?", channel: "C0LATER01"));
        await socket.NextAckAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, overHttp.StatusCode);
        await WaitUntilAsync(() => app.Posts().Any(p => p.Json.GetProperty("channel").GetString() == "C0LATER01"));
        Assert.Equal(["C0GENERAL", "C0LATER01"], app.Posts().Select(p => p.Json.GetProperty("channel").GetString()!));
        Assert.Contains("Slack mode: http+socket", app.AllLogs, StringComparison.Ordinal);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(20, cancel.Token);
        }
    }

    private static string Command(string text) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["token"] = "legacy",
        ["team_id"] = SlackPayloads.Team,
        ["team_domain"] = "acme",
        ["channel_id"] = "C0GENERAL",
        ["channel_name"] = "general",
        ["user_id"] = SlackPayloads.Asker,
        ["user_name"] = "ada",
        ["command"] = "/rolebot",
        ["text"] = text,
        ["api_app_id"] = FakeSocketModeSlack.AppId,
        ["is_enterprise_install"] = "false",
        ["response_url"] = CommandResponseUrl,
        ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
    });
}
