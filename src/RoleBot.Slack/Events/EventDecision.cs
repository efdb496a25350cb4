using RoleBot.Core.Dialog;

namespace RoleBot.Slack.Events;

/// <summary>What to do with one event: answer <see cref="Question"/> in <see cref="Channel"/> (and thread), or ignore it for <see cref="IgnoredBecause"/>.</summary>
internal sealed record EventDecision(Question? Question, string? Channel, string? ThreadTs, string? IgnoredBecause)
{
    public static EventDecision Ignore(string reason) => new(null, null, null, reason);
}
