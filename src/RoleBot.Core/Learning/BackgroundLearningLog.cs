using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using RoleBot.Core.Diagnostics;

namespace RoleBot.Core.Learning;

/// <summary>
/// Takes learning records off the request path: each is stamped when it happens and queued, and one background writer
/// puts whatever has gathered into the database in a single transaction, so a declined question costs its asker a queue
/// write instead of a SQLite insert. The queue is bounded (<see cref="Capacity"/>); a record that finds it full, or
/// arrives after shutdown, is counted and logged as lost like any failed write. Disposing writes everything queued
/// before returning, which the host does on shutdown.
/// </summary>
public sealed partial class BackgroundLearningLog : ILearningLog, IDisposable, IAsyncDisposable
{
    /// <summary>As many as the database keeps waiting during an outage; beyond that memory, not the disk, would be the risk.</summary>
    public const int Capacity = SqliteLearningLog.MaxPending;

    /// <summary>Records per transaction, so one commit never holds the database for long while a backlog drains.</summary>
    private const int MaxBatch = 256;

    private readonly SqliteLearningLog store;
    private readonly RoleBotMetrics metrics;
    private readonly ILogger logger;
    private readonly Channel<QueuedLearningWork> queue =
        Channel.CreateBounded<QueuedLearningWork>(new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Task writer;
    private int disposed;

    public BackgroundLearningLog(SqliteLearningLog store, RoleBotMetrics metrics, ILogger<BackgroundLearningLog> logger)
    {
        this.store = store;
        this.metrics = metrics;
        this.logger = logger;
        writer = Task.Run(WriteAllAsync, CancellationToken.None);
    }

    public ValueTask RecordFeedbackAsync(FeedbackEntry feedback, CancellationToken cancellationToken = default)
    {
        Enqueue(store.RecordOf(feedback));
        return ValueTask.CompletedTask;
    }

    public ValueTask RecordDeclinedAsync(DeclinedQuestion declined, CancellationToken cancellationToken = default)
    {
        Enqueue(store.RecordOf(declined));
        return ValueTask.CompletedTask;
    }

    /// <summary>Completes once every record queued before the call has been written, or counted as failed.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await queue.Writer.WriteAsync(new QueuedLearningWork(null, flushed), cancellationToken);
        }
        catch (ChannelClosedException)
        {
            await writer.WaitAsync(cancellationToken);
            return;
        }

        await flushed.Task.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            queue.Writer.TryComplete();
            writer.GetAwaiter().GetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            queue.Writer.TryComplete();
            await writer;
        }
    }

    private void Enqueue(LearningRecord record)
    {
        if (queue.Writer.TryWrite(new QueuedLearningWork(record, null)))
        {
            return;
        }

        metrics.LearningWriteFailed(record.Kind);
        if (Volatile.Read(ref disposed) == 1)
        {
            LogLostAfterShutdown(logger, record.Kind);
        }
        else
        {
            LogQueueFull(logger, record.Kind, Capacity);
        }
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<LearningRecord>(MaxBatch);
        var flushes = new List<TaskCompletionSource>();
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var work))
            {
                if (work.Record is { } record)
                {
                    batch.Add(record);
                }
                else
                {
                    flushes.Add(work.Flushed!);
                }
            }

            if (batch.Count > 0)
            {
                Write(batch);
                batch.Clear();
            }

            foreach (var flushed in flushes)
            {
                flushed.TrySetResult();
            }

            flushes.Clear();
        }
    }

    /// <summary>The store logs, counts and keeps what it cannot write; anything else it throws must not stop the writer.</summary>
    private void Write(List<LearningRecord> batch)
    {
        try
        {
            store.Write(batch);
        }
        catch (Exception e)
        {
            foreach (var record in batch)
            {
                metrics.LearningWriteFailed(record.Kind);
            }

            LogBatchLost(logger, batch.Count, e);
        }
    }

    [LoggerMessage(EventId = 4106, Level = LogLevel.Error, Message = "A {Kind} entry was dropped: {Capacity} records already wait to be written to the learning database")]
    private static partial void LogQueueFull(ILogger logger, string kind, int capacity);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Error, Message = "A {Kind} entry arrived after the learning log was closed and was not recorded")]
    private static partial void LogLostAfterShutdown(ILogger logger, string kind);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Error, Message = "{Count} learning records could not be written")]
    private static partial void LogBatchLost(ILogger logger, int count, Exception exception);
}
