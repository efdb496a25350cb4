using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Teams.Configuration;
using RoleBot.Teams.Diagnostics;
using RoleBot.Teams.Endpoint;

namespace RoleBot.Teams.Hosting;

/// <summary>Says at start-up how /api/messages authenticates; loudly when it does not.</summary>
internal sealed class TeamsStartupReport(IOptions<TeamsOptions> options, ILogger<TeamsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAnonymous)
        {
            TeamsLog.Anonymous(logger, MessagesEndpoint.Path);
        }
        else
        {
            TeamsLog.Authenticated(logger, MessagesEndpoint.Path, settings.ToString());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
