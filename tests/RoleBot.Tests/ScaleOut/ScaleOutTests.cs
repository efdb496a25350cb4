using Microsoft.Extensions.DependencyInjection;
using RoleBot.Slack.Dedup;
using RoleBot.Tests.Operations;

namespace RoleBot.Tests.ScaleOut;

/// <summary>Two RoleBot instances behind one load balancer, sharing a real Redis.</summary>
public sealed class ScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private OperationsHost Instance(string deployment) =>
        new(("Redis:Configuration", redis.Configuration), ("Redis:InstanceName", deployment + ":"));

    [Fact]
    public async Task A_follow_up_sent_to_another_instance_keeps_the_conversation()
    {
        var deployment = Guid.NewGuid().ToString("N");
        using var first = Instance(deployment);
        using var second = Instance(deployment);
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        await OperationsHost.AskAsync(a, "Who leads incident response?", "shared-conversation");
        var followUp = await OperationsHost.AskAsync(b, "any stats on that?", "shared-conversation");

        Assert.Equal("statistic", followUp.GetProperty("intent").GetString());
        Assert.Contains(followUp.GetProperty("statistics").EnumerateArray(), s => s.GetProperty("value").GetString() == "80%");
    }

    [Fact]
    public async Task Copies_of_one_slack_event_reaching_different_instances_are_claimed_exactly_once()
    {
        var deployment = Guid.NewGuid().ToString("N");
        using var first = Instance(deployment);
        using var second = Instance(deployment);
        var instances = new[] { first, second, first, second }.Select(i => i.Services.GetRequiredService<IEventDeduplicator>()).ToArray();

        var claims = await Task.WhenAll(instances.Select(d => d.TryClaimAsync("Ev0PV52K21").AsTask()));

        Assert.Single(claims, claimed => claimed);
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again_by_the_next_retry()
    {
        using var instance = Instance(Guid.NewGuid().ToString("N"));
        var deduplicator = instance.Services.GetRequiredService<IEventDeduplicator>();

        Assert.True(await deduplicator.TryClaimAsync("Ev1"));
        await deduplicator.ReleaseAsync("Ev1");

        Assert.True(await deduplicator.TryClaimAsync("Ev1"));
    }

    [Fact]
    public async Task Questions_are_answered_with_their_follow_ups_while_redis_is_unreachable_from_the_start()
    {
        using var instance = new OperationsHost(("Redis:Configuration", "127.0.0.1:1"));
        using var client = instance.CreateClient();

        await OperationsHost.AskAsync(client, "Who leads incident response?", "local-conversation");
        var followUp = await OperationsHost.AskAsync(client, "any stats on that?", "local-conversation");

        Assert.Equal("statistic", followUp.GetProperty("intent").GetString());
        Assert.Single(instance.Logs.Entries, e => e.Category.EndsWith("RedisCircuit", StringComparison.Ordinal) && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }
}
