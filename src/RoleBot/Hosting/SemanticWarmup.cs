using System.Diagnostics;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Hosting;

/// <summary>
/// Loads the sentence model and the example index in the background while the host starts, so the first person to ask
/// does not wait the second it takes; the host is serving meanwhile, and a question asked sooner waits only for what is left.
/// </summary>
internal sealed partial class SemanticWarmup(SemanticModel model, IKnowledgeProvider knowledge, ILogger<SemanticWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (model.Enabled)
        {
            _ = Task.Run(Warm, CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Warm()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var index = model.IndexFor(knowledge.Current.Knowledge);
            LogReady(logger, index.Examples.Count, clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException
            or DllNotFoundException or TypeInitializationException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Sentence model and {Examples} example questions ready in {Milliseconds} ms")]
    private static partial void LogReady(ILogger logger, int examples, long milliseconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "The sentence model could not be loaded; questions are read lexically only")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
