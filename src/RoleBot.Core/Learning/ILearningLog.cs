namespace RoleBot.Core.Learning;

/// <summary>
/// Where RoleBot keeps what it learns from use: every feedback click and every declined question, so
/// <c>kb gaps</c> can show where the knowledge base needs to grow. Writing never throws to the caller.
/// </summary>
public interface ILearningLog
{
    ValueTask RecordFeedbackAsync(FeedbackEntry feedback, CancellationToken cancellationToken = default);

    /// <summary>A question RoleBot could not answer. Logs that keep only feedback (test fakes) need not implement it.</summary>
    ValueTask RecordDeclinedAsync(DeclinedQuestion declined, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
