namespace RoleBot.Operations;

/// <summary>
/// Gives every request one correlation id: the caller's <c>X-Correlation-ID</c> when it is a safe token,
/// else ASP.NET Core's trace identifier. Every log line written while handling the request carries it (a
/// log scope), and the response echoes it so a user's report can be matched to the logs.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-ID";
    private const int MaxLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var id = Accept(context.Request.Headers[HeaderName].ToString()) ?? context.TraceIdentifier;
        context.TraceIdentifier = id;
        context.Response.Headers[HeaderName] = id;
        using (logger.BeginScope("CorrelationId:{CorrelationId}", id))
        {
            await next(context);
        }
    }

    /// <summary>Only short ids of letters, digits and <c>-_.:</c> are taken, so a header cannot forge log lines.</summary>
    internal static string? Accept(string candidate) =>
        candidate.Length is > 0 and <= MaxLength && candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? candidate
            : null;
}
