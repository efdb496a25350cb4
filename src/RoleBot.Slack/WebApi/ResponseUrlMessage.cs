using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Slack.BlockKit;

namespace RoleBot.Slack.WebApi;

/// <summary>
/// A message sent to a <c>response_url</c> (or in a slash command's ack body). <see cref="ResponseType"/> is
/// <c>ephemeral</c> (only the asker sees it) or <c>in_channel</c>.
/// </summary>
internal sealed record ResponseUrlMessage(string? Text)
{
    public const string Ephemeral = "ephemeral";
    public const string InChannel = "in_channel";

    public string? ResponseType { get; init; }

    /// <summary>Blocks as JSON, because feedback updates send back blocks copied from Slack's payload.</summary>
    public JsonNode? Blocks { get; init; }

    public bool? ReplaceOriginal { get; init; }

    public bool? DeleteOriginal { get; init; }

    public static ResponseUrlMessage From(SlackMessage message, string responseType) =>
        new(message.Text) { Blocks = message.Blocks.Count == 0 ? null : JsonSerializer.SerializeToNode(message.Blocks, SlackJson.Options), ResponseType = responseType };
}
