using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Slack;
using RoleBot.Slack.Commands;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Events;
using RoleBot.Slack.Interactions;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Logs how Slack reaches RoleBot, and maps Slack's three request URLs when a signing secret is configured; without one
/// nothing is mapped, and a log line says why (Socket Mode needs no URL at all).
/// </summary>
public static class SlackEndpointRouteBuilderExtensions
{
    public const string EventsPath = "/slack/events";
    public const string CommandsPath = "/slack/commands";
    public const string InteractionsPath = "/slack/interactions";

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("RoleBot.Slack");
        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        SlackLog.Mode(logger, options.Mode);
        if (!options.HttpEnabled)
        {
            if (options.SocketModeEnabled)
            {
                SlackLog.SocketModeOnly(logger);
            }
            else
            {
                SlackLog.NotMapped(logger);
            }

            return endpoints;
        }

        endpoints.MapPost(EventsPath, (HttpContext context, SlackEventsEndpoint handler) => handler.HandleAsync(context)).ExcludeFromDescription();
        endpoints.MapPost(CommandsPath, (HttpContext context, SlackCommandsEndpoint handler) => handler.HandleAsync(context)).ExcludeFromDescription();
        endpoints.MapPost(InteractionsPath, (HttpContext context, SlackInteractionsEndpoint handler) => handler.HandleAsync(context)).ExcludeFromDescription();
        SlackLog.Mapped(logger, EventsPath, CommandsPath, InteractionsPath);
        return endpoints;
    }
}
