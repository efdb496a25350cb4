using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;
using RoleBot.Slack.Dedup;
using RoleBot.Slack.Tests.Support;

namespace RoleBot.Slack.Tests.Events;

public sealed class QueueTests
{
    [Fact]
    public async Task When_the_queue_is_full_an_event_gets_503_and_slacks_retry_of_it_is_answered_later()
    {
        var dialog = new GatedDialog();
        await using var app = new SlackApp(new() { ["Slack:QueueCapacity"] = "1" }, s => s.AddSingleton<IRoleBotDialog>(dialog));

        Assert.Equal(HttpStatusCode.OK, (await app.PostEventAsync(SlackPayloads.Mention("Ev0BUSY", "first"))).StatusCode);
        await dialog.FirstAsked.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, (await app.PostEventAsync(SlackPayloads.Mention("Ev0QUEUED", "second"))).StatusCode);
        var refused = await app.PostEventAsync(SlackPayloads.Mention("Ev0FULL", "third"));
        dialog.Release();
        await app.Slack.WaitForAsync(2);
        var retry = await app.PostEventAsync(SlackPayloads.Mention("Ev0FULL", "third"), new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_error" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var posts = await app.Slack.WaitForAsync(3);
        Assert.Equal(["first", "second", "third"], posts.Select(p => p.Json.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString()));
        Assert.Contains("Slack work queue is full", app.AllLogs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_dedupe_store_is_down_an_event_is_still_acknowledged_and_answered()
    {
        await using var app = new SlackApp(services: s => s.AddSingleton<IEventDeduplicator>(new BrokenDeduplicator()));

        var ack = await app.PostEventAsync(SlackPayloads.Mention("Ev0NODEDUP", "who owns incident response?"));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Single(await app.Slack.WaitForAsync(1));
        Assert.Contains("Slack event deduplication is unavailable", app.AllLogs, StringComparison.Ordinal);
    }
}
