using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Benchmarks.Core;

/// <summary>
/// One answer in-process, through the public dialog API channels use (no conversation state). The last three questions
/// are ones the lexical reading is not sure of, so the sentence model runs; the others take the fast path, where the
/// model still embeds the question to check its neighbours are in scope.
/// </summary>
[MemoryDiagnoser]
public class DialogBenchmarks
{
    private IRoleBotDialog _dialog = null!;

    /// <summary>One question of each kind people ask, so the figure is not one path's best case.</summary>
    [Params(
        "who owns the IT budget?",
        "what share of CISOs report to the CIO?",
        "we were hit by ransomware, who do I call?",
        "who handels vulnerabilty managment",
        "what's the difference between a CIO and a CISO?",
        "who approves my holiday leave?",
        "someones spraying passwords at the vpn right now",
        "Who commissions pen testing?",
        "who refunds my train ticket")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder().Build();
        _dialog = new ServiceCollection().AddRoleBotCore(configuration).BuildServiceProvider().GetRequiredService<IRoleBotDialog>();
        // The model and the example index load on first use; a benchmark of steady state starts after that.
        _dialog.AskAsync(new Question(Question, "")).AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public ValueTask<Answer> Answer() => _dialog.AskAsync(new Question(Question, ""));
}
