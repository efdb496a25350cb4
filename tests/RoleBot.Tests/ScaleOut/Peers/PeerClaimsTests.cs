using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.ScaleOut.Peers;
using RoleBot.Tests.Operations;

namespace RoleBot.Tests.ScaleOut.Peers;

/// <summary>
/// Two instances on real Kestrel, each Slack event sent to both as a load balancer splitting Slack's copies would: with
/// peers, every event is answered exactly once, whether Redis is unreachable for both, for one, or not configured.
/// </summary>
public sealed class PeerClaimsTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const int Events = 20;
    private const string NothingListening = "127.0.0.1:1";
    private static readonly TimeSpan SlackAckDeadline = TimeSpan.FromSeconds(3);

    /// <summary>
    /// What these tests check is that every copy meets at one owner. The default 300 ms is exceeded now and then on a
    /// loaded two-core CI runner even after the warm-up (one of 20 events answered twice), and a claim the owner does not
    /// answer in time is made locally by design; giving up on an owner is tested on its own below.
    /// </summary>
    private static readonly (string, string) PatientPeers = ("ScaleOut:PeerTimeout", "00:00:02");

    [Theory]
    [InlineData(NothingListening)]
    [InlineData("")]
    public async Task Copies_of_each_slack_event_sent_to_both_instances_without_a_reachable_redis_are_answered_exactly_once(string redisConfiguration)
    {
        var slack = new RecordingSlackApi();
        int portA = PeerInstance.FreePort(), portB = PeerInstance.FreePort();
        using var a = new PeerInstance(portA, slack, [("Redis:Configuration", redisConfiguration), PatientPeers, .. PeerInstance.Peers(portA, portB)]);
        using var b = new PeerInstance(portB, slack, [("Redis:Configuration", redisConfiguration), PatientPeers, .. PeerInstance.Peers(portB, portA)]);

        var before = await WarmUpAsync(a, b, slack);
        await SendToBothAsync(a, b, "outage");
        await slack.SettleAsync(before + Events);

        AssertEachAnsweredOnce(slack, "outage", before);
        Assert.Contains(a.Logs.Entries, e => e.Message.Contains("Slack claims are decided by their owner among 2 instances", StringComparison.Ordinal));
        Assert.DoesNotContain(a.Logs.Entries.Concat(b.Logs.Entries), e => (e.Message + e.State).Contains(PeerInstance.PeerKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_instance_cut_off_from_redis_and_one_that_still_claims_there_answer_each_event_once()
    {
        // The moment Redis returns for one instance before the other (or a fault between one instance and Redis): a claim
        // Redis grants must still meet the claims made at the owner.
        var deployment = Guid.NewGuid().ToString("N") + ":";
        var slack = new RecordingSlackApi();
        int portA = PeerInstance.FreePort(), portB = PeerInstance.FreePort();
        using var a = new PeerInstance(portA, slack, [("Redis:Configuration", redis.Configuration), ("Redis:InstanceName", deployment), PatientPeers, .. PeerInstance.Peers(portA, portB)]);
        using var b = new PeerInstance(portB, slack, [("Redis:Configuration", NothingListening), ("Redis:InstanceName", deployment), PatientPeers, .. PeerInstance.Peers(portB, portA)]);

        var before = await WarmUpAsync(a, b, slack);
        await SendToBothAsync(a, b, "split");
        await slack.SettleAsync(before + Events);

        AssertEachAnsweredOnce(slack, "split", before);
    }

    [Theory]
    [InlineData(true, "timeout")]
    [InlineData(false, "unreachable")]
    public async Task An_owner_that_does_not_answer_is_given_up_within_the_peer_timeout_and_its_events_are_claimed_here(bool listening, string reason)
    {
        // Listening but never answering is the slow case: the request waits for the peer timeout. Nothing listening is refused at once.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var ownerPort = listening ? ((IPEndPoint)silent.LocalEndpoint).Port : PeerInstance.FreePort();
        var slack = new RecordingSlackApi();
        var port = PeerInstance.FreePort();
        using var instance = new PeerInstance(port, slack, [("Redis:Configuration", NothingListening), .. PeerInstance.Peers(port, ownerPort)]);
        var owners = instance.Services.GetRequiredService<ClaimOwners>();
        var timeout = instance.Services.GetRequiredService<IOptions<ScaleOutOptions>>().Value.PeerTimeout;
        var ids = Enumerable.Range(0, 200).Select(i => $"Ev0AWAY{i:D4}").Where(id => owners.OwnerOf(id) != owners.Self).Take(4).ToList();
        var warmUp = Enumerable.Range(0, 200).Select(i => $"Ev0HOME{i:D4}").First(id => owners.OwnerOf(id) == owners.Self);
        // The first answer of a new host pays for compiling the pipeline, which is not what is measured here.
        using (await instance.PostEventAsync(warmUp, "1699999999.000100"))
        {
        }

        var acks = new List<TimeSpan>();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var clock = Stopwatch.StartNew();
            using var ack = await instance.PostEventAsync(id, $"1700000{i:D3}.000100");
            acks.Add(clock.Elapsed);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        using var retry = await instance.PostEventAsync(ids[0], "1700000000.000100");
        await slack.SettleAsync(ids.Count + 1);

        Assert.Equal(4, ids.Count);
        // Slack retries an event it has not seen acknowledged within 3 s; a silent owner held without the peer timeout would
        // hold every ack far longer. The median, not each ack, is held to the timeout: a loaded CI runner once added 113 ms
        // to the first.
        Assert.All(acks, ack => Assert.True(ack < SlackAckDeadline, $"ack after {ack.TotalMilliseconds} ms"));
        var median = acks.Order().ElementAt(acks.Count / 2);
        Assert.True(median < timeout + TimeSpan.FromMilliseconds(700), $"median ack after {median.TotalMilliseconds} ms");
        Assert.Equal(ids.Count + 1, slack.Total);
        Assert.Equal(1, slack.AnswersTo("1700000000.000100"));
        var warning = Assert.Single(instance.Logs.Entries, e => e.Category.EndsWith(nameof(PeerClaimClient), StringComparison.Ordinal) && e.Level == LogLevel.Warning);
        Assert.Contains(reason, warning.Message, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(instance.Url) };
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Matches(MetricsEndpointTests.Series("rolebot_peer_failures_total", "operation=\"claim\"", $"reason=\"{reason}\""), metrics);
    }

    /// <summary>Every event to both instances at once, both acknowledged.</summary>
    private static async Task SendToBothAsync(PeerInstance a, PeerInstance b, string batch)
    {
        for (var i = 0; i < Events; i++)
        {
            var (id, ts) = Event(batch, i);
            var acks = await Task.WhenAll(a.PostEventAsync(id, ts), b.PostEventAsync(id, ts));
            Assert.All(acks, ack => Assert.Equal(HttpStatusCode.OK, ack.StatusCode));
            foreach (var ack in acks)
            {
                ack.Dispose();
            }
        }
    }

    /// <summary>
    /// One event through each instance first, not counted: an instance that has just started can take longer than the
    /// peer timeout to answer its first claim (compiling, loading the sentence model), and the claim is then made locally
    /// by design, which is a duplicate and not what these tests are about. Returns the answers given so far.
    /// </summary>
    private static async Task<int> WarmUpAsync(PeerInstance a, PeerInstance b, RecordingSlackApi slack)
    {
        foreach (var (instance, i) in new[] { (a, 0), (b, 1) })
        {
            var (id, ts) = Event("warm", i);
            using var ack = await instance.PostEventAsync(id, ts);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await slack.SettleAsync(2);
        return slack.Total;
    }

    private static void AssertEachAnsweredOnce(RecordingSlackApi slack, string batch, int before)
    {
        Assert.All(Enumerable.Range(0, Events), i => Assert.Equal(1, slack.AnswersTo(Event(batch, i).Ts)));
        Assert.Equal(before + Events, slack.Total);
    }

    private static (string Id, string Ts) Event(string batch, int i) => ($"Ev0{batch}{i:D3}", $"17000{i:D5}.{batch.Length:D6}");
}
