namespace RoleBot.Operations;

/// <summary>
/// Headers every response carries, whatever produced it: no MIME sniffing (a JSON answer echoing user text can never be
/// read as HTML), no framing and no referrer. The chat page adds its own Content-Security-Policy on top.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // OnStarting, so responses whose headers are reset on the way (error handlers) still get them.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
