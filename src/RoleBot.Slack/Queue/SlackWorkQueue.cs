using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace RoleBot.Slack.Queue;

/// <summary>
/// The bounded queue between the acknowledging endpoints and the workers. Bounded so a flood cannot exhaust memory:
/// when full, <see cref="TryEnqueue"/> fails and the endpoint answers 503, which makes Slack deliver the event again later.
/// </summary>
internal sealed class SlackWorkQueue(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackWork> channel = Channel.CreateBounded<SlackWork>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    public int Capacity => options.Value.QueueCapacity;

    public ChannelReader<SlackWork> Reader => channel.Reader;

    public bool TryEnqueue(SlackWork work) => channel.Writer.TryWrite(work);
}
