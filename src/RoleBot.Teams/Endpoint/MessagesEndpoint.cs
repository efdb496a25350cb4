using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Diagnostics;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Authentication;
using RoleBot.Teams.Configuration;
using RoleBot.Teams.Diagnostics;
using RoleBot.Teams.Handling;

namespace RoleBot.Teams.Endpoint;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Connector's only way in: 413 over 1 MB, 401 (empty body) for anything not
/// authenticated, 400 for a body that is not an activity, then the dispatcher's answer. Nothing is processed before
/// authentication succeeds.
/// </summary>
internal sealed class MessagesEndpoint(
    ActivityAuthenticator authenticator,
    ActivityDispatcher dispatcher,
    IOptions<TeamsOptions> options,
    RoleBotMetrics metrics,
    ILogger<MessagesEndpoint> logger)
{
    public const string Path = "/api/messages";
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var token = ActivityAuthenticator.BearerToken(context.Request.Headers.Authorization);
        if (token is null && !options.Value.IsAnonymous)
        {
            Refuse(context, StatusCodes.Status401Unauthorized, "no_token");
            return;
        }

        if (await RequestBodyReader.ReadAsync(context.Request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            Refuse(context, StatusCodes.Status413PayloadTooLarge, "too_large");
            return;
        }

        if (ActivityParser.Parse(body) is not { } activity)
        {
            Refuse(context, StatusCodes.Status400BadRequest, "malformed");
            await context.Response.WriteAsJsonAsync(new { error = "The body is not a Bot Framework activity (JSON with type, serviceUrl and conversation.id)." }, cancellationToken);
            return;
        }

        if (!await authenticator.AuthenticateAsync(token, activity, cancellationToken))
        {
            Refuse(context, StatusCodes.Status401Unauthorized, "invalid_token");
            return;
        }

        var response = await dispatcher.DispatchAsync(activity, cancellationToken);
        context.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            await context.Response.WriteAsJsonAsync(response.Body, ActivityJson.Options, cancellationToken);
        }
    }

    private void Refuse(HttpContext context, int status, string reason)
    {
        TeamsLog.Refused(logger, reason);
        metrics.RequestRefused(TeamsLog.Channel, reason);
        context.Response.StatusCode = status;
    }
}
