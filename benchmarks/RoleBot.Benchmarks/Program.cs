using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release --project benchmarks/RoleBot.Benchmarks -- --filter '*Dialog*'`.
// `-- answer-latency FILE.jsonl…` prints the answer latency distribution over labelled questions.
// `-- web-host --urls …` serves RoleBot's web host with a stub dialog, for `DIALOG=stub scripts/bench-web.sh`.
// `-- socket-load …` is instead the Slack side of the Socket Mode load test (Slack/socket-load.sh).
if (args is ["socket-load", .. var load])
{
    return await RoleBot.Benchmarks.Slack.SocketModeLoad.RunAsync(load);
}

if (args is ["web-host", .. var hostArgs])
{
    return await RoleBot.Benchmarks.Web.StubDialogHost.RunAsync(hostArgs);
}

if (args is ["answer-latency", .. var sets])
{
    return await RoleBot.Benchmarks.Core.AnswerLatency.RunAsync(sets);
}

// Named by a type of its own: RoleBot's assembly, referenced for the web host, has a Program too.
BenchmarkSwitcher.FromAssembly(typeof(RoleBot.Benchmarks.Web.StubDialogHost).Assembly).Run(args);
return 0;
