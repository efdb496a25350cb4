namespace RoleBot.Slack.Intake;

/// <summary>What became of one delivery; each transport turns it into its own acknowledgement.</summary>
internal enum IntakeStatus
{
    /// <summary>Queued or answered: acknowledge.</summary>
    Accepted,

    /// <summary>Understood and deliberately not answered (a bot, an edit, a duplicate): acknowledge.</summary>
    Ignored,

    /// <summary>Authentic but not understood; delivering it again will not help.</summary>
    Malformed,

    /// <summary>The queue is full: refuse, so that Slack delivers it again later.</summary>
    Busy,
}
