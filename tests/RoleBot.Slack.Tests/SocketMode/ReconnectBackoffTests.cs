using Microsoft.Extensions.Options;
using RoleBot.Slack.SocketMode;

namespace RoleBot.Slack.Tests.SocketMode;

public sealed class ReconnectBackoffTests
{
    private static readonly ReconnectBackoff Backoff = new(Options.Create(new SlackOptions
    {
        SocketReconnectDelay = TimeSpan.FromSeconds(1),
        SocketReconnectMaxDelay = TimeSpan.FromSeconds(30),
    }));

    [Theory]
    [InlineData(1, 500, 1_000)]
    [InlineData(3, 2_000, 4_000)]
    [InlineData(20, 15_000, 30_000)]
    public void Next_doubles_per_failure_up_to_the_maximum_jittered_between_half_and_all(int failures, int atLeastMs, int atMostMs)
    {
        var delays = Enumerable.Range(0, 200).Select(_ => Backoff.Next(failures, null)).ToList();

        Assert.All(delays, d => Assert.InRange(d.TotalMilliseconds, atLeastMs, atMostMs));
        Assert.True(delays.Distinct().Count() > 1, "the delay must be jittered");
    }

    [Fact]
    public void Next_waits_at_least_Retry_After()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), Backoff.Next(1, TimeSpan.FromSeconds(5)));
    }
}
