using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Answers;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Dialog;
using RoleBot.Core.Learning;
using RoleBot.Core.RateLimiting;

namespace RoleBot.Benchmarks.Operations;

/// <summary>
/// The decorators alone, around a dialog that answers instantly, so the figure is their own cost and not
/// lost in the noise of a real answer (tens of microseconds on a shared machine).
/// </summary>
[MemoryDiagnoser]
public class DecoratorOverheadBenchmarks
{
    private static readonly Answer Fixed = new() { Answered = true, Intent = Intent.Ownership, Summary = "The CIO." };
    private readonly Question question = new("who owns the IT budget?", "", "web", "U1");
    private ServiceProvider services = null!;
    private IRoleBotDialog bare = null!;
    private IRoleBotDialog decorated = null!;

    [GlobalSetup]
    public void Setup()
    {
        services = new ServiceCollection().AddMetrics().AddSingleton<RoleBotMetrics>().BuildServiceProvider();
        var metrics = services.GetRequiredService<RoleBotMetrics>();
        bare = new InstantDialog();
        decorated = new RateLimitedDialog(
            new MeteredDialog(new DeclineRecordingDialog(bare, new NoLearningLog(), recordCli: false), metrics, TimeProvider.System),
            metrics,
            new RateLimitOptions { PermitLimit = int.MaxValue, Window = TimeSpan.FromDays(1) });
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark(Baseline = true)]
    public ValueTask<Answer> Bare() => bare.AskAsync(question);

    [Benchmark]
    public ValueTask<Answer> RateLimitMeteringAndLearning() => decorated.AskAsync(question);

    private sealed class InstantDialog : IRoleBotDialog
    {
        public ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default) => ValueTask.FromResult(Fixed);
    }

    private sealed class NoLearningLog : ILearningLog
    {
        public ValueTask RecordFeedbackAsync(FeedbackEntry feedback, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
