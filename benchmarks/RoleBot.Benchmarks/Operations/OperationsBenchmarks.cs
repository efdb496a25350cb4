using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using RoleBot.Core.Learning;

namespace RoleBot.Benchmarks.Operations;

/// <summary>
/// What the operations decorators cost per question: the bare dialog next to the pipeline every channel
/// gets (rate limit, metering, declined-question recording), and one declined question written to SQLite.
/// </summary>
[MemoryDiagnoser]
public class OperationsBenchmarks
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolebot-bench-").FullName;
    private ServiceProvider services = null!;
    private IRoleBotDialog bare = null!;
    private IRoleBotDialog pipeline = null!;
    private ILearningLog log = null!;
    private int user;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Learning:DatabasePath"] = Path.Combine(folder, "learning.db"),
            // Generous enough that the benchmark measures the limiter's bookkeeping, not its refusals.
            ["RateLimiting:PermitLimit"] = "1000000000",
            ["RateLimiting:Window"] = "1.00:00:00",
        }).Build();
        services = new ServiceCollection().AddRoleBotCore(configuration).BuildServiceProvider();
        bare = services.GetRequiredService<RoleBotDialog>();
        pipeline = services.GetRequiredService<IRoleBotDialog>();
        log = services.GetRequiredService<ILearningLog>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public ValueTask<Answer> BareDialog() => bare.AskAsync(new Question("who owns the IT budget?", "", "web", "U" + (user++ % 1000)));

    [Benchmark]
    public ValueTask<Answer> WithOperations() => pipeline.AskAsync(new Question("who owns the IT budget?", "", "web", "U" + (user++ % 1000)));

    [Benchmark]
    public ValueTask RecordDeclined() => log.RecordDeclinedAsync(new DeclinedQuestion("web", "who approves my holiday leave?", "Sorry, that's outside what I know."));
}
