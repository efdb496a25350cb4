using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using RoleBot.ScaleOut;
using RoleBot.Tests.Operations;

namespace RoleBot.Tests.ScaleOut;

/// <summary>Two instances sharing a real redis-server that is killed or frozen mid-run and then comes back.</summary>
public sealed class RedisOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The bound for a typical answer during an outage; the TestServer path itself takes a few milliseconds.</summary>
    private static readonly TimeSpan MedianBound = TimeSpan.FromMilliseconds(100);

    private readonly RedisServer redis = new();

    public Task InitializeAsync() => redis.InitializeAsync();

    public Task DisposeAsync() => redis.DisposeAsync();

    [Fact]
    public async Task While_redis_is_killed_answers_stay_prompt_and_keep_their_follow_ups_and_once_it_returns_instances_share_state_again()
    {
        await RunOutageAsync(redis.Kill, redis.RestartAsync);
    }

    [Fact]
    public async Task While_redis_is_frozen_answers_stay_prompt_and_keep_their_follow_ups_and_once_it_thaws_instances_share_state_again()
    {
        await RunOutageAsync(redis.Freeze, () =>
        {
            redis.Thaw();
            return Task.CompletedTask;
        });
    }

    private async Task RunOutageAsync(Action fail, Func<Task> recover)
    {
        var deployment = Guid.NewGuid().ToString("N");
        using var first = Instance(deployment);
        using var second = Instance(deployment);
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        // Both instances answer once first, so the second one's model load does not compete with the outage's answers.
        await AskConversationsAsync(a, "warm-up", 5);
        await AskConversationsAsync(b, "warm-up-b", 1);
        var warningsBefore = Warnings(first);

        fail();
        var latencies = await AskConversationsAsync(a, "outage", 100);
        var readiness = await ReadinessAsync(a);
        var metrics = await a.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        await recover();
        var recovered = await WaitUntilReadyAsync(a) && await WaitUntilReadyAsync(b);
        await OperationsHost.AskAsync(a, "Who leads incident response?", "after-outage");
        var followUp = await OperationsHost.AskAsync(b, "any stats on that?", "after-outage");

        latencies.Sort();
        var median = latencies[latencies.Count / 2];
        var waited = Total(metrics, "rolebot_redis_timeouts_total");
        output.WriteLine($"{latencies.Count} answers during the outage: p50 {median.TotalMilliseconds:F1} ms, max {latencies[^1].TotalMilliseconds:F1} ms, {waited} operations waited a Redis timeout");
        Assert.True(median <= MedianBound, $"median during the outage: {median.TotalMilliseconds} ms");
        // Counted, not timed: a tail bound on latency failed on a loaded 2-core CI runner (three answers over 250 ms,
        // one at 914 ms) although the circuit had opened after two timeouts. The metric counts from start-up, where a lone
        // slow command on a loaded machine times out too (a CI run counted three); without the circuit, every one of the
        // 200 answers would wait.
        Assert.True(waited < 2 * RedisCircuit.TimeoutsToOpen, $"{waited} operations waited a Redis timeout");
        Assert.Equal("degraded: redis", readiness);
        Assert.Contains("rolebot_redis_fallbacks_total{", metrics, StringComparison.Ordinal);
        Assert.Equal(warningsBefore + 1, Warnings(first));
        Assert.True(recovered, "/readyz did not say ready again after Redis returned");
        Assert.Equal("statistic", followUp.GetProperty("intent").GetString());
    }

    /// <summary>The sum of a Prometheus counter's series; 0 when it has none yet.</summary>
    private static double Total(string metrics, string counter) => metrics.Split('\n')
        .Where(line => line.StartsWith(counter + "{", StringComparison.Ordinal))
        .Sum(line => double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture));

    /// <summary>Circuit warnings so far; a start-up that connects slowly on a loaded machine may already have logged one.</summary>
    private static int Warnings(OperationsHost host) =>
        host.Logs.Entries.Count(e => e.Category.EndsWith("RedisCircuit", StringComparison.Ordinal) && e.Level == LogLevel.Warning);

    private OperationsHost Instance(string deployment) =>
        new(("Redis:Configuration", redis.Configuration), ("Redis:InstanceName", deployment + ":"), ("Redis:ProbeInterval", "00:00:00.200"),
            ("RateLimiting:Enabled", "false"));

    /// <summary>Asks a question and its follow-up in each of <paramref name="count"/> conversations; the follow-up must keep its context.</summary>
    private static async Task<List<TimeSpan>> AskConversationsAsync(HttpClient client, string prefix, int count)
    {
        var latencies = new List<TimeSpan>(count * 2);
        for (var i = 0; i < count; i++)
        {
            var conversation = $"{prefix}-{i}";
            var clock = Stopwatch.StartNew();
            await OperationsHost.AskAsync(client, "Who leads incident response?", conversation);
            latencies.Add(clock.Elapsed);
            clock.Restart();
            var followUp = await OperationsHost.AskAsync(client, "any stats on that?", conversation);
            latencies.Add(clock.Elapsed);
            Assert.Equal("statistic", followUp.GetProperty("intent").GetString());
        }

        return latencies;
    }

    private static async Task<string?> ReadinessAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri("/readyz", UriKind.Relative))).GetProperty("status").GetString();

    private static async Task<bool> WaitUntilReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await ReadinessAsync(client) == "ready")
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
