namespace RoleBot.Slack.Queue;

/// <summary>Something accepted and acknowledged that still has to be answered after the ack.</summary>
/// <param name="Kind">For logs and metrics: "event", "command", "suggestion", "share", "feedback".</param>
/// <param name="Id">The event id, or the trigger/action id, for logs.</param>
internal abstract record SlackWork(string Kind, string Id);
