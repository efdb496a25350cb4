using RoleBot.Core.Knowledge;

namespace RoleBot.Hosting;

/// <summary>Loads the knowledge base while the host starts, so a broken file stops start-up with its error instead of failing the first question.</summary>
internal sealed partial class KnowledgeStartupCheck(IKnowledgeProvider knowledge, ILogger<KnowledgeStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var k = knowledge.Current.Knowledge;
        LogLoaded(logger, k.Origin, k.Responsibilities.Count, k.Statistics.Count, k.Playbooks.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Knowledge base loaded from {Origin}: {Responsibilities} responsibilities, {Statistics} figures, {Playbooks} playbooks")]
    private static partial void LogLoaded(ILogger logger, string origin, int responsibilities, int statistics, int playbooks);
}
