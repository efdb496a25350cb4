using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Diagnostics;

namespace RoleBot.Core.Learning;

/// <summary>
/// Keeps feedback and declined questions in one SQLite file. The file is opened on the first write, so
/// processes that never record anything (most CLI runs) never touch the disk. A failed write is logged
/// and counted, never thrown: losing one learning record must not lose the user's answer.
/// </summary>
public sealed partial class SqliteLearningLog : ILearningLog, IDisposable
{
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
    private SqliteConnection? connection;
    private bool disposed;

    public SqliteLearningLog(IOptions<LearningOptions> options, TimeProvider time, RoleBotMetrics metrics, ILogger<SqliteLearningLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        path = options.Value.DatabasePath;
        this.time = time;
        this.metrics = metrics;
        this.logger = logger;
    }

    public string DatabasePath => Path.GetFullPath(path);

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
            ObjectDisposedException.ThrowIf(disposed, this);
            connection ??= LearningSchema.OpenForWriting(path);
            using var insert = connection.CreateCommand();
            insert.CommandText = InsertSql;
            insert.Parameters.AddWithValue("$kind", kind);
            insert.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("o"));
            insert.Parameters.AddWithValue("$channel", channel);
            var asked = LearningSchema.Cut(question);
            insert.Parameters.AddWithValue("$question", asked);
            insert.Parameters.AddWithValue("$key", QuestionKey.Normalize(asked));
            insert.Parameters.AddWithValue("$answer", answer is null ? DBNull.Value : LearningSchema.Cut(answer));
            insert.Parameters.AddWithValue("$user", (object?)user ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
        catch (Exception e)
        {
            metrics.LearningWriteFailed(kind);
            LogWriteFailed(logger, kind, DatabasePath, e);
            connection?.Dispose();
            connection = null;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Closes the file; records arriving afterwards (a channel still draining at shutdown) are logged as lost.</summary>
    public void Dispose()
    {
        gate.Wait();
        try
        {
            disposed = true;
            connection?.Dispose();
            connection = null;
        }
        finally
        {
            gate.Release();
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Could not record a {Kind} entry in the learning database {Path}")]
    private static partial void LogWriteFailed(ILogger logger, string kind, string path, Exception exception);
}
