using System.Text.Json.Nodes;
using RoleBot.Core.Learning;

namespace RoleBot.Slack.Queue;

/// <summary>Record a helpful / not-helpful click and update the rated message to say so.</summary>
internal sealed record FeedbackWork(string Id, FeedbackEntry Entry, Uri? ResponseUrl, JsonArray? OriginalBlocks, string? OriginalText)
    : SlackWork("feedback", Id);
