using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RoleBot.Teams.Configuration;

namespace RoleBot.Teams.Handling;

/// <summary>
/// Between the acknowledging endpoint and the workers. Bounded so a flood cannot exhaust memory: when full the
/// endpoint answers 503 instead of accepting work it would drop.
/// </summary>
internal sealed class TeamsWorkQueue(IOptions<TeamsOptions> options)
{
    private readonly Channel<TeamsWork> channel = Channel.CreateBounded<TeamsWork>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
    });

    public ChannelReader<TeamsWork> Reader => channel.Reader;

    public bool TryEnqueue(TeamsWork work) => channel.Writer.TryWrite(work);
}
