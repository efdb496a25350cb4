using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Learning;
using RoleBot.Core.Tests.Diagnostics;

namespace RoleBot.Core.Tests.Learning;

public sealed class BackgroundLearningLogTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Recording_returns_at_once_while_the_database_is_locked_and_the_record_lands_once_it_is_free()
    {
        var path = folder.File("learning.db");
        using var services = LearningServices.Create(path);
        using var failures = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.learning.failures");
        using var store = Store(services, path);
        using var log = Background(services, store);
        await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the lifts?", null));
        await log.FlushAsync();

        var clock = Stopwatch.StartNew();
        using (Lock(path))
        {
            clock.Restart();
            await log.RecordDeclinedAsync(new DeclinedQuestion("web", "Who owns the car park?", null));
            clock.Stop();
        }

        await log.FlushAsync();

        // A write on the caller's path would wait out SQLite's 5 s busy timeout on the lock.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.Equal(["Who owns the lifts?", "Who owns the car park?"], Questions(path));
        Assert.Empty(failures.Measurements);
    }

    [Fact]
    public async Task A_full_queue_drops_and_counts_what_does_not_fit_and_writes_everything_it_took()
    {
        var path = folder.File("learning.db");
        using var services = LearningServices.Create(path);
        using var failures = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.learning.failures");
        using var store = Store(services, path);
        using var log = Background(services, store);
        await log.RecordFeedbackAsync(new FeedbackEntry("web", "Who owns the lifts?", null, Helpful: true));
        await log.FlushAsync();
        const int Sent = BackgroundLearningLog.Capacity + 1_000;

        using (Lock(path))
        {
            for (var i = 0; i < Sent; i++)
            {
                await log.RecordDeclinedAsync(new DeclinedQuestion("web", $"Question {i}?", null));
            }
        }

        await log.FlushAsync();

        var dropped = failures.Sum("kind", "declined");
        Assert.InRange(dropped, 1, Sent - BackgroundLearningLog.Capacity);
        Assert.Equal(1 + Sent - dropped, Questions(path).Count);
    }

    [Fact]
    public async Task Disposing_writes_everything_queued_and_a_record_arriving_afterwards_is_counted_as_lost_not_thrown()
    {
        var path = folder.File("learning.db");
        using var services = LearningServices.Create(path);
        using var failures = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.learning.failures");
        using var store = Store(services, path);
        var log = Background(services, store);
        for (var i = 0; i < 500; i++)
        {
            await log.RecordDeclinedAsync(new DeclinedQuestion("slack", $"Question {i}?", null));
        }

        await log.DisposeAsync();
        await log.RecordFeedbackAsync(new FeedbackEntry("slack", "Who owns the lifts?", null, Helpful: false));

        Assert.Equal(500, Questions(path).Count);
        Assert.Equal(1, failures.Sum("kind", "not_helpful"));
    }

    private static SqliteLearningLog Store(ServiceProvider services, string path) =>
        new(Options.Create(new LearningOptions { DatabasePath = path }), TimeProvider.System, services.GetRequiredService<RoleBotMetrics>(), NullLogger<SqliteLearningLog>.Instance);

    private static BackgroundLearningLog Background(ServiceProvider services, SqliteLearningLog store) =>
        new(store, services.GetRequiredService<RoleBotMetrics>(), NullLogger<BackgroundLearningLog>.Instance);

    /// <summary>Another connection holding the write lock, as a long checkpoint or a reviewer's tool might; disposing releases it.</summary>
    private static SqliteConnection Lock(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        begin.ExecuteNonQuery();
        return connection;
    }

    private static List<string> Questions(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT question FROM learning_events ORDER BY id";
        using var reader = query.ExecuteReader();
        var questions = new List<string>();
        while (reader.Read())
        {
            questions.Add(reader.GetString(0));
        }

        return questions;
    }
}
