using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;

namespace RoleBot.Benchmarks.Core;

/// <summary>
/// <c>-- answer-latency FILE.jsonl…</c>: answers every question of the labelled sets given, one at a time from one thread (the sentence model may use more: <c>Semantic:Threads</c>),
/// and prints the latency distribution (p50, p90, p99, max) and answers per second. BenchmarkDotNet
/// gives a figure per question; a tail needs a realistic mix, which this is.
/// </summary>
internal static class AnswerLatency
{
    public static async Task<int> RunAsync(IReadOnlyList<string> files)
    {
        var questions = files.SelectMany(File.ReadLines).Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "")
            .ToArray();
        if (questions.Length == 0)
        {
            await Console.Error.WriteLineAsync("usage: answer-latency FILE.jsonl [FILE.jsonl ...]");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" }).Build();
        var dialog = new ServiceCollection().AddRoleBotCore(configuration).BuildServiceProvider().GetRequiredService<IRoleBotDialog>();
        var load = Stopwatch.StartNew();
        await dialog.AskAsync(new Question("who owns the IT budget?", ""));
        Console.WriteLine($"first answer, model and example index loaded: {load.Elapsed.TotalMilliseconds:F0} ms");

        // Two passes: the first warms every code path and representative answer, the second is measured.
        foreach (var question in questions)
        {
            await dialog.AskAsync(new Question(question, ""));
        }

        var times = new double[questions.Length];
        var all = Stopwatch.StartNew();
        for (var i = 0; i < questions.Length; i++)
        {
            var one = Stopwatch.StartNew();
            await dialog.AskAsync(new Question(questions[i], ""));
            times[i] = one.Elapsed.TotalMilliseconds;
        }

        all.Stop();
        Array.Sort(times);
        double At(double p) => times[Math.Min(times.Length - 1, (int)(p * times.Length))];
        Console.WriteLine($"{questions.Length} questions: p50 {At(0.5):F2} ms, p90 {At(0.9):F2} ms, p99 {At(0.99):F2} ms, max {times[^1]:F2} ms; "
            + $"{questions.Length / all.Elapsed.TotalSeconds:F0} answers/s one at a time");
        return 0;
    }
}
