using Microsoft.Extensions.DependencyInjection;
using RoleBot.Slack.Dedup;
using RoleBot.Tests.Operations;

namespace RoleBot.Tests.ScaleOut;

/// <summary>Two RoleBot instances behind one load balancer, sharing a real Redis.</summary>
public sealed class ScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string SigningSecret = "replay-test-signing-secret";

    private static HttpRequestMessage SignedCommand(string body, string timestamp)
    {
        var mac = System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(SigningSecret), System.Text.Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/slack/commands", UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return request;
    }

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
    public async Task A_signed_slash_command_replayed_to_another_instance_is_refused()
    {
        var deployment = Guid.NewGuid().ToString("N");
        (string, string)[] slack = [("Slack:SigningSecret", SigningSecret), ("Slack:BotToken", "xoxb-test"), ("Slack:ApiBaseUrl", "http://127.0.0.1:9/api/")];
        using var first = new OperationsHost([("Redis:Configuration", redis.Configuration), ("Redis:InstanceName", deployment + ":"), .. slack]);
        using var second = new OperationsHost([("Redis:Configuration", redis.Configuration), ("Redis:InstanceName", deployment + ":"), .. slack]);
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string Body = "team_id=T1&channel_id=C1&user_id=U1&command=%2Frolebot&text=who%20owns%20patching%3F&trigger_id=1.2.3";

        using var answered = await a.SendAsync(SignedCommand(Body, timestamp));
        using var replayed = await b.SendAsync(SignedCommand(Body, timestamp));

        Assert.Equal(System.Net.HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, replayed.StatusCode);
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
