using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Diagnostics;

namespace RoleBot.Core.Learning;

/// <summary>
/// Keeps feedback and declined questions in one SQLite file. The file is opened on the first write, so
/// processes that never record anything (most CLI runs) never touch the disk. A failed write is logged
/// and counted, never thrown: losing one learning record must not lose the user's answer. Records that
/// could not be written wait in memory (up to <see cref="MaxPending"/>) and go in with the next write that
/// succeeds, so a full disk or a read-only file loses nothing once it is fixed. A file deleted under the
/// running process (its folder removed) is noticed before each write and created again, rather than
/// writing on into an unlinked file no one can read.
/// </summary>
public sealed partial class SqliteLearningLog : ILearningLog, IDisposable
{
    /// <summary>Enough for hours of declines and clicks while an operator frees the disk; bounded so an outage cannot exhaust memory.</summary>
    public const int MaxPending = 10_000;

    private const string InsertSql = """
        INSERT INTO learning_events (kind, at, channel, question, question_key, answer_given, user_id)
        VALUES ($kind, $at, $channel, $question, $key, $answer, $user)
        """;

    private readonly string path;
    private readonly TimeProvider time;
    private readonly RoleBotMetrics metrics;
    private readonly ILogger logger;
    // One connection, one writer at a time: SQLite serialises writers anyway, and this avoids busy retries.
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<LearningRecord> pending = new();
    private SqliteConnection? connection;
    private bool disposed;

    public SqliteLearningLog(IOptions<LearningOptions> options, TimeProvider time, RoleBotMetrics metrics, ILogger<SqliteLearningLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        path = Path.GetFullPath(options.Value.DatabasePath);
        this.time = time;
        this.metrics = metrics;
        this.logger = logger;
    }

    public string DatabasePath => path;

    public ValueTask RecordFeedbackAsync(FeedbackEntry feedback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return WriteAsync(feedback.Helpful ? LearningSchema.Helpful : LearningSchema.NotHelpful, feedback.Channel, feedback.Question, feedback.AnswerGiven, feedback.UserId);
    }

    public ValueTask RecordDeclinedAsync(DeclinedQuestion declined, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(declined);
        return WriteAsync(LearningSchema.Declined, declined.Channel, declined.Question, declined.AnswerGiven, declined.UserId);
    }

    // No cancellation: the record outlives the request, and a user closing the tab must not lose it.
    private async ValueTask WriteAsync(string kind, string channel, string question, string? answer, string? user)
    {
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            if (disposed)
            {
                metrics.LearningWriteFailed(kind);
                LogLostAfterShutdown(logger, kind);
                return;
            }

            Hold(new LearningRecord(kind, time.GetUtcNow(), channel, LearningSchema.Cut(question), answer is null ? null : LearningSchema.Cut(answer), user));
            try
            {
                Flush();
            }
            catch (Exception e)
            {
                metrics.LearningWriteFailed(kind);
                LogWriteFailed(logger, kind, path, pending.Count, e);
                connection?.Dispose();
                connection = null;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private void Hold(LearningRecord record)
    {
        if (pending.Count == MaxPending)
        {
            var dropped = pending.Dequeue();
            metrics.LearningWriteFailed(dropped.Kind);
            LogDropped(logger, dropped.Kind, MaxPending);
        }

        pending.Enqueue(record);
    }

    /// <summary>Writes every waiting record in one transaction, so a failure leaves all of them waiting and none written twice.</summary>
    private void Flush()
    {
        var open = Open();
        using var transaction = open.BeginTransaction();
        using var insert = open.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = InsertSql;
        foreach (var record in pending)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$kind", record.Kind);
            insert.Parameters.AddWithValue("$at", record.At.ToString("o"));
            insert.Parameters.AddWithValue("$channel", record.Channel);
            insert.Parameters.AddWithValue("$question", record.Question);
            insert.Parameters.AddWithValue("$key", QuestionKey.Normalize(record.Question));
            insert.Parameters.AddWithValue("$answer", (object?)record.AnswerGiven ?? DBNull.Value);
            insert.Parameters.AddWithValue("$user", (object?)record.UserId ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        pending.Clear();
    }

    /// <summary>The open connection, unless its file was deleted meanwhile: SQLite would write on into the unlinked inode.</summary>
    private SqliteConnection Open()
    {
        if (connection is not null && !File.Exists(path))
        {
            LogRecreated(logger, path);
            connection.Dispose();
            connection = null;
        }

        return connection ??= LearningSchema.OpenForWriting(path);
    }

    /// <summary>Writes what is still waiting, then closes the file; records arriving afterwards (a channel still draining at shutdown) are logged as lost.</summary>
    public void Dispose()
    {
        gate.Wait();
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (pending.Count > 0)
            {
                try
                {
                    Flush();
                }
                catch (Exception e)
                {
                    LogLostAtShutdown(logger, pending.Count, path, e);
                }
            }

            connection?.Dispose();
            connection = null;
        }
        finally
        {
            gate.Release();
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Could not record a {Kind} entry in the learning database {Path}; {Pending} records wait in memory for the next write")]
    private static partial void LogWriteFailed(ILogger logger, string kind, string path, int pending, Exception exception);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "The learning database {Path} was deleted while RoleBot ran; creating it again")]
    private static partial void LogRecreated(ILogger logger, string path);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "A {Kind} entry was dropped: {Max} records already wait for the learning database")]
    private static partial void LogDropped(ILogger logger, string kind, int max);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "A {Kind} entry arrived after the learning database was closed and was not recorded")]
    private static partial void LogLostAfterShutdown(ILogger logger, string kind);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Error, Message = "{Count} waiting records could not be written to the learning database {Path} at shutdown")]
    private static partial void LogLostAtShutdown(ILogger logger, int count, string path, Exception exception);
}
