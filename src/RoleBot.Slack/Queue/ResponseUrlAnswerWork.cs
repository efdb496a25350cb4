using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Slack.Queue;

/// <summary>Answer through a <c>response_url</c> (slow slash commands, clicks in ephemeral messages, sharing).</summary>
/// <param name="Pending">An answer already being computed (a slash command past its ack budget); null asks afresh.</param>
internal sealed record ResponseUrlAnswerWork(string Kind, string Id, Question Question, Uri ResponseUrl, bool InChannel, Task<Answer>? Pending = null)
    : SlackWork(Kind, Id);
