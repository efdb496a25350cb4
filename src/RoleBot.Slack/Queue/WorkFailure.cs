namespace RoleBot.Slack.Queue;

/// <summary>Why a work item could not be delivered: the Slack call and Slack's error code (never a URL or token).</summary>
internal sealed record WorkFailure(string Operation, string Error);
