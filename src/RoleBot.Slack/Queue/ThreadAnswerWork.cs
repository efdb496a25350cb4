using RoleBot.Core.Dialog;

namespace RoleBot.Slack.Queue;

/// <summary>Answer a question in a channel thread or DM with <c>chat.postMessage</c>.</summary>
internal sealed record ThreadAnswerWork(string Kind, string Id, Question Question, string Channel, string? ThreadTs) : SlackWork(Kind, Id);
