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
    private SqliteCommand? insert;
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

    public ValueTask RecordFeedbackAsync(FeedbackEntry feedback, CancellationToken cancellationToken = default) => WriteAsync(RecordOf(feedback));

    public ValueTask RecordDeclinedAsync(DeclinedQuestion declined, CancellationToken cancellationToken = default) => WriteAsync(RecordOf(declined));

    /// <summary>The row a click becomes, stamped now, so it keeps its time however late it is written.</summary>
    internal LearningRecord RecordOf(FeedbackEntry feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return Stamp(feedback.Helpful ? LearningSchema.Helpful : LearningSchema.NotHelpful, feedback.Channel, feedback.Question, feedback.AnswerGiven, feedback.UserId);
    }

    /// <summary>The row a declined question becomes, stamped now.</summary>
    internal LearningRecord RecordOf(DeclinedQuestion declined)
    {
        ArgumentNullException.ThrowIfNull(declined);
        return Stamp(LearningSchema.Declined, declined.Channel, declined.Question, declined.AnswerGiven, declined.UserId);
    }

    /// <summary>Writes records stamped earlier (a background writer's batch) in one transaction with whatever still waits.</summary>
    internal void Write(IReadOnlyCollection<LearningRecord> records)
    {
        gate.Wait();
        try
        {
            WriteHeld(records);
        }
        finally
        {
            gate.Release();
        }
    }

    // No cancellation: the record outlives the request, and a user closing the tab must not lose it.
    private async ValueTask WriteAsync(LearningRecord record)
    {
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            WriteHeld([record]);
        }
        finally
        {
            gate.Release();
        }
    }

    private LearningRecord Stamp(string kind, string channel, string question, string? answer, string? user) =>
        new(kind, time.GetUtcNow(), channel, LearningSchema.Cut(question), answer is null ? null : LearningSchema.Cut(answer), user);

    /// <summary>Called holding the gate; each record that cannot be written now is counted once as a failure.</summary>
    private void WriteHeld(IReadOnlyCollection<LearningRecord> records)
    {
        if (disposed)
        {
            foreach (var record in records)
            {
                metrics.LearningWriteFailed(record.Kind);
                LogLostAfterShutdown(logger, record.Kind);
            }

            return;
        }

        foreach (var record in records)
        {
            Hold(record);
        }

        try
        {
            Flush();
        }
        catch (Exception e)
        {
            foreach (var record in records)
            {
                metrics.LearningWriteFailed(record.Kind);
            }

            LogWriteFailed(logger, records.First().Kind, path, pending.Count, e);
            Close();
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
        var (open, command) = Open();
        using var transaction = open.BeginTransaction();
        command.Transaction = transaction;
        foreach (var record in pending)
        {
            command.Parameters["$kind"].Value = record.Kind;
            command.Parameters["$at"].Value = record.At.ToString("o");
            command.Parameters["$channel"].Value = record.Channel;
            command.Parameters["$question"].Value = record.Question;
            command.Parameters["$key"].Value = QuestionKey.Normalize(record.Question);
            command.Parameters["$answer"].Value = (object?)record.AnswerGiven ?? DBNull.Value;
            command.Parameters["$user"].Value = (object?)record.UserId ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        pending.Clear();
    }

    /// <summary>The open connection, unless its file was deleted meanwhile: SQLite would write on into the unlinked inode.</summary>
    private (SqliteConnection Connection, SqliteCommand Insert) Open()
    {
        if (connection is not null && !File.Exists(path))
        {
            LogRecreated(logger, path);
            Close();
        }

        if (connection is null || insert is null)
        {
            connection = LearningSchema.OpenForWriting(path);
            // Kept with its connection, so the statement is compiled once rather than on every write.
            insert = connection.CreateCommand();
            insert.CommandText = InsertSql;
            foreach (var name in (string[])["$kind", "$at", "$channel", "$question", "$key", "$answer", "$user"])
            {
                insert.Parameters.Add(name, SqliteType.Text);
            }
        }

        return (connection, insert);
    }

    private void Close()
    {
        insert?.Dispose();
        insert = null;
        connection?.Dispose();
        connection = null;
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

            Close();
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
