using RoleBot.Slack.BlockKit;

namespace RoleBot.Slack.Intake;

/// <summary>The outcome of one delivery, with the reason for logs and, for slash commands, the answer that rides in the ack.</summary>
internal sealed record IntakeResult(IntakeStatus Status, string? Reason = null, SlackMessage? Reply = null)
{
    public static readonly IntakeResult Accepted = new(IntakeStatus.Accepted);

    public static readonly IntakeResult Busy = new(IntakeStatus.Busy, "queue_full");

    public static IntakeResult Ignored(string reason) => new(IntakeStatus.Ignored, reason);

    public static IntakeResult Malformed(string reason) => new(IntakeStatus.Malformed, reason);

    public static IntakeResult Answer(SlackMessage reply) => new(IntakeStatus.Accepted, null, reply);
}
