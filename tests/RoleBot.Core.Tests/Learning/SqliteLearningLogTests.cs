using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Learning;
using RoleBot.Core.Tests.Diagnostics;

namespace RoleBot.Core.Tests.Learning;

public sealed class SqliteLearningLogTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider time = new(Start);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Feedback_and_declined_questions_are_kept_with_channel_time_question_and_answer()
    {
        using var services = LearningServices.Create(folder.File("learning.db"));
        using var log = Create(services, folder.File("learning.db"));

        await log.RecordFeedbackAsync(new FeedbackEntry("slack", "Who owns IT strategy?", "The CIO shapes the strategy.", Helpful: false, "U123"));
        time.Advance(TimeSpan.FromMinutes(5));
        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who feeds the office cat?", "I can answer questions about the CIO and CISO."));

        var rows = ReadAll(folder.File("learning.db"));
        Assert.Equal(
            [
                ("not_helpful", Start.ToString("o"), "slack", "Who owns IT strategy?", "The CIO shapes the strategy.", "U123"),
                ("declined", Start.AddMinutes(5).ToString("o"), "web", "Who feeds the office cat?", "I can answer questions about the CIO and CISO.", null),
            ],
            rows);
    }

    [Fact]
    public async Task The_database_is_created_on_first_write_in_write_ahead_logging_mode()
    {
        var path = folder.File(Path.Combine("nested", "learning.db"));
        using var services = LearningServices.Create(path);
        using var log = Create(services, path);
        Assert.False(File.Exists(path));

        await log.RecordDeclinedAsync(new DeclinedQuestion("teams", "Who owns the coffee machine?", null));

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", mode.ExecuteScalar());
    }

    [Fact]
    public async Task A_database_that_cannot_be_written_is_logged_and_counted_never_thrown()
    {
        var blocker = folder.File("not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the database folder should be");
        var path = Path.Combine(blocker, "learning.db");
        using var services = LearningServices.Create(path);
        using var failures = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.learning.failures");
        using var log = Create(services, path);

        await log.RecordFeedbackAsync(new FeedbackEntry("web", "Who owns backups?", null, Helpful: false));
        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the car park?", null));

        Assert.Equal(1, failures.Sum("kind", "not_helpful"));
        Assert.Equal(1, failures.Sum("kind", "declined"));
    }

    [Fact]
    public async Task A_record_arriving_after_shutdown_is_counted_as_lost_not_thrown()
    {
        var path = folder.File("learning.db");
        using var services = LearningServices.Create(path);
        using var failures = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.learning.failures");
        var log = Create(services, path);
        await log.RecordDeclinedAsync(new DeclinedQuestion("slack", "Who owns the lifts?", null));

        log.Dispose();
        await log.RecordFeedbackAsync(new FeedbackEntry("slack", "Who owns the lifts?", null, Helpful: false));

        Assert.Equal(1, failures.Sum("kind", "not_helpful"));
        Assert.Single(ReadAll(path));
    }

    [Fact]
    public async Task A_deleted_folder_is_created_again_and_later_records_land_in_the_new_file_not_the_unlinked_one()
    {
        var inner = folder.File("learning");
        var path = Path.Combine(inner, "learning.db");
        using var services = LearningServices.Create(path);
        using var log = Create(services, path);
        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the lifts?", null));

        Directory.Delete(inner, recursive: true);
        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the car park?", null));
        await log.RecordFeedbackAsync(new FeedbackEntry("slack", "Who owns backups?", "The CIO.", Helpful: false));

        Assert.Equal(["Who owns the car park?", "Who owns backups?"], ReadAll(path).Select(r => r.Item4));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Writes_to_a_read_only_file_are_counted_and_kept_until_it_is_writable_again()
    {
        var path = folder.File("learning.db");
        using var services = LearningServices.Create(path);
        using var failures = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.learning.failures");
        using var log = Create(services, path);
        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the lifts?", null));

        using (new ReadOnlyFiles(path))
        {
            await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the car park?", null));
            await log.RecordFeedbackAsync(new FeedbackEntry("teams", "Who owns backups?", null, Helpful: false));
        }

        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who waters the plants?", null));

        Assert.Equal(1, failures.Sum("kind", "declined"));
        Assert.Equal(1, failures.Sum("kind", "not_helpful"));
        Assert.Equal(["Who owns the lifts?", "Who owns the car park?", "Who owns backups?", "Who waters the plants?"], ReadAll(path).Select(r => r.Item4));
    }

    [Fact]
    public async Task Writes_to_a_full_disk_are_counted_and_kept_until_space_is_freed()
    {
        using var disk = new SmallDisk(folder.File("disk"), "96k");
        var path = Path.Combine(disk.Path, "learning.db");
        using var services = LearningServices.Create(path);
        using var failures = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.learning.failures");
        using var log = Create(services, path);
        var sent = 0;
        for (; sent < 200 && failures.Sum("kind", "declined") < 3; sent++)
        {
            await log.RecordDeclinedAsync(new DeclinedQuestion("web", $"{sent} " + new string('x', 3000), null));
        }

        disk.Grow("8m");
        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who waters the plants?", null));

        Assert.Equal(3, failures.Sum("kind", "declined"));
        Assert.Equal(sent + 1, ReadAll(path).Count);
    }

    [Fact]
    public async Task Gaps_group_by_case_spacing_and_final_punctuation_and_rank_the_most_frequent_first()
    {
        var path = folder.File("learning.db");
        using var services = LearningServices.Create(path);
        using var log = Create(services, path);

        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the printers?", null));
        time.Advance(TimeSpan.FromHours(1));
        await log.RecordDeclinedAsync(new DeclinedQuestion("slack", "who  owns the PRINTERS", null));
        time.Advance(TimeSpan.FromHours(1));
        await log.RecordFeedbackAsync(new FeedbackEntry("teams", "  Who owns the printers ?! ", "The CIO.", Helpful: false));
        await log.RecordFeedbackAsync(new FeedbackEntry("teams", "Who owns IT strategy?", "The CIO.", Helpful: true));
        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who waters the plants?", null));

        var gaps = LearningGaps.Read(path, top: 10);

        Assert.Equal(2, gaps.Count);
        Assert.Equal(new LearningGap("  Who owns the printers ?! ", 3, 2, 1, Start.AddHours(2)), gaps[0]);
        Assert.Equal("Who waters the plants?", gaps[1].Question);
        Assert.Single(LearningGaps.Read(path, top: 1));
    }

    [Fact]
    public void Reading_gaps_without_a_database_says_so_and_creates_nothing()
    {
        var path = folder.File("missing.db");

        Assert.Throws<FileNotFoundException>(() => LearningGaps.Read(path, top: 5));
        Assert.False(File.Exists(path));
    }

    private SqliteLearningLog Create(ServiceProvider services, string path) =>
        new(Options.Create(new LearningOptions { DatabasePath = path }), time, services.GetRequiredService<RoleBotMetrics>(), NullLogger<SqliteLearningLog>.Instance);

    private static List<(string, string, string, string, string?, string?)> ReadAll(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT kind, at, channel, question, answer_given, user_id FROM learning_events ORDER BY id";
        using var reader = query.ExecuteReader();
        var rows = new List<(string, string, string, string, string?, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return rows;
    }
}
