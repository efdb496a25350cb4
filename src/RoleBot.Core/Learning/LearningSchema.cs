using Microsoft.Data.Sqlite;

namespace RoleBot.Core.Learning;

/// <summary>The learning database's one table and how connections to it are opened.</summary>
internal static class LearningSchema
{
    public const string Declined = "declined";
    public const string Helpful = "helpful";
    public const string NotHelpful = "not_helpful";

    /// <summary>Questions and answers are cut here so one pasted document cannot bloat the database.</summary>
    public const int MaxTextLength = 4000;

    private const string CreateSql = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS learning_events (
            id           INTEGER PRIMARY KEY,
            kind         TEXT NOT NULL CHECK (kind IN ('declined', 'helpful', 'not_helpful')),
            at           TEXT NOT NULL,
            channel      TEXT NOT NULL,
            question     TEXT NOT NULL,
            question_key TEXT NOT NULL,
            answer_given TEXT,
            user_id      TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_learning_events_key ON learning_events (question_key, kind);
        """;

    public static SqliteConnection OpenForWriting(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString());
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = CreateSql;
        create.ExecuteNonQuery();
        return connection;
    }

    public static SqliteConnection OpenForReading(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static string Cut(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];
}
