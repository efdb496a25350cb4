using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release --project benchmarks/RoleBot.Benchmarks -- --filter '*Dialog*'`.
// `-- answer-latency FILE.jsonl…` prints the answer latency distribution over labelled questions.
// `-- socket-load …` is instead the Slack side of the Socket Mode load test (Slack/socket-load.sh).
if (args is ["socket-load", .. var load])
{
    return await RoleBot.Benchmarks.Slack.SocketModeLoad.RunAsync(load);
}

if (args is ["answer-latency", .. var sets])
{
    return await RoleBot.Benchmarks.Core.AnswerLatency.RunAsync(sets);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point type, so BenchmarkSwitcher can find this assembly.</summary>
public partial class Program;
