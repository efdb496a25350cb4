using RoleBot.Slack.BlockKit;

namespace RoleBot.Slack.WebApi;

/// <summary>The JSON body of <c>chat.postMessage</c>. Unfurling is off: RoleBot's answers cite sources by name, not link.</summary>
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs)
{
    public bool UnfurlLinks { get; init; }

    public bool UnfurlMedia { get; init; }
}
