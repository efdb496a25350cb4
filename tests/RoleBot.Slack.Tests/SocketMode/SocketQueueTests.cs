using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;
using RoleBot.Slack.Tests.Support;

namespace RoleBot.Slack.Tests.SocketMode;

public sealed class SocketQueueTests
{
    [Fact]
    public async Task When_the_queue_is_full_an_envelope_is_left_unacknowledged_and_its_redelivery_is_answered_later()
    {
        var dialog = new GatedDialog();
        await using var slack = await FakeSocketModeSlack.StartAsync();
        await using var app = SocketModeApp.Start(slack, settings: new() { ["Slack:QueueCapacity"] = "1" }, services: s => s.AddSingleton<IRoleBotDialog>(dialog));
        var socket = await slack.NextSocketAsync();

        await socket.SendEnvelopeAsync("events_api", "env-first", SlackPayloads.Mention("EvQ01", "first"));
        await socket.NextAckAsync();
        await dialog.FirstAsked.WaitAsync(TimeSpan.FromSeconds(10));
        await socket.SendEnvelopeAsync("events_api", "env-second", SlackPayloads.Mention("EvQ02", "second"));
        await socket.NextAckAsync();
        await socket.SendEnvelopeAsync("events_api", "env-third", SlackPayloads.Mention("EvQ03", "third"));
        // Acked without queueing, in order after the third: its ack arriving first shows the third got none.
        await socket.SendEnvelopeAsync("events_api", "env-sentinel", SlackPayloads.Callback("EvQ0S", new() { ["type"] = "reaction_added", ["user"] = SlackPayloads.Asker }));
        var next = await socket.NextAckAsync();
        dialog.Release();
        await app.Slack.WaitForAsync(2);
        await socket.SendEnvelopeAsync("events_api", "env-third-again", SlackPayloads.Mention("EvQ03", "third"));

        Assert.Equal("env-sentinel", next.GetProperty("envelope_id").GetString());
        Assert.Equal("env-third-again", (await socket.NextAckAsync()).GetProperty("envelope_id").GetString());
        var posts = await app.Slack.WaitForAsync(3);
        Assert.Equal(["first", "second", "third"], posts.Select(p => p.Json.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString()!));
        Assert.Contains("Slack events_api envelope env-third not acknowledged (queue_full)", app.AllLogs, StringComparison.Ordinal);
    }
}
