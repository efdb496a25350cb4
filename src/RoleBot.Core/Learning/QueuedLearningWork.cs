namespace RoleBot.Core.Learning;

/// <summary>What <see cref="BackgroundLearningLog"/> queues: a record to write, or a flush to signal once what came before it is written.</summary>
internal readonly record struct QueuedLearningWork(LearningRecord? Record, TaskCompletionSource? Flushed);
