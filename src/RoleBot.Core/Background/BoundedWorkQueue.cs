using System.Threading.Channels;

namespace RoleBot.Core.Background;

/// <summary>
/// Between a channel endpoint that acknowledges at once and the workers that answer afterwards. Bounded so a flood
/// cannot exhaust memory: when full, <see cref="TryEnqueue"/> fails and the endpoint answers 503, which makes Slack
/// or the Bot Connector deliver again later instead of RoleBot accepting work it would drop.
/// </summary>
public sealed class BoundedWorkQueue<T>
{
    private readonly Channel<T> _channel;

    public BoundedWorkQueue(int capacity)
    {
        Capacity = capacity;
        _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    public int Capacity { get; }

    public ChannelReader<T> Reader => _channel.Reader;

    public bool TryEnqueue(T work) => _channel.Writer.TryWrite(work);
}
