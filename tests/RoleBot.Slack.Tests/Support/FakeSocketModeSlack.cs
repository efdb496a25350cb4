using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoleBot.Slack.Tests.Support;

/// <summary>
/// Slack's side of Socket Mode on loopback: a real Kestrel server answering <c>POST /api/apps.connections.open</c> with a
/// <c>ws://127.0.0.1:…/link/?ticket=…</c> URL and accepting those WebSockets. Each accepted socket says hello (as Slack
/// does) and is handed to the test to play the rest of Slack's part.
/// </summary>
public sealed class FakeSocketModeSlack : IAsyncDisposable
{
    public const string AppId = "A0ROLEBOT";

    private readonly WebApplication app;
    private readonly Channel<FakeSlackSocket> sockets = Channel.CreateUnbounded<FakeSlackSocket>();
    private readonly ConcurrentQueue<OpenRequest> opens = new();
    private readonly ConcurrentQueue<FakeSlackSocket> accepted = new();
    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();
    private int tickets;

    private FakeSocketModeSlack(WebApplication app) => this.app = app;

    /// <summary>The Web API base RoleBot is pointed at (<c>Slack:ApiBaseUrl</c>).</summary>
    public string ApiBaseUrl { get; private set; } = "";

    /// <summary>Every <c>apps.connections.open</c> call, as it arrived.</summary>
    public IReadOnlyList<OpenRequest> Opens => [.. opens];

    public static async Task<FakeSocketModeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeSocketModeSlack(builder.Build());
        fake.app.UseWebSockets();
        fake.app.MapPost("/api/apps.connections.open", fake.OpenAsync);
        fake.app.Map("/link", fake.AcceptAsync);
        await fake.app.StartAsync();
        var address = fake.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.ApiBaseUrl = address + "/api/";
        return fake;
    }

    /// <summary>Answers the next <c>apps.connections.open</c> with <paramref name="status"/> and <paramref name="json"/> instead of a URL.</summary>
    public void ThenOpenAnswers(int status, string json, string? retryAfter = null) => script.Enqueue(async context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        await context.Response.WriteAsync(json);
    });

    /// <summary>The next socket RoleBot opens, after Slack's hello.</summary>
    public async Task<FakeSlackSocket> NextSocketAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            return await sockets.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"RoleBot opened no new socket ({opens.Count} apps.connections.open calls so far).");
        }
    }

    /// <summary>True when RoleBot opens no further socket within <paramref name="wait"/>.</summary>
    public async Task<bool> NoSocketWithinAsync(TimeSpan wait)
    {
        using var cancel = new CancellationTokenSource(wait);
        try
        {
            await sockets.Reader.WaitToReadAsync(cancel.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var socket in accepted)
        {
            socket.Dispose();
        }
    }

    private async Task OpenAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        opens.Enqueue(new OpenRequest(DateTimeOffset.UtcNow, context.Request.Method, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, body));
        if (script.TryDequeue(out var scripted))
        {
            await scripted(context);
            return;
        }

        var ticket = Interlocked.Increment(ref tickets);
        var url = $"ws://{context.Request.Host}/link/?ticket=t{ticket}-SECRETTICKET&app_id={AppId}";
        await context.Response.WriteAsJsonAsync(new { ok = true, url });
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var socket = new FakeSlackSocket(await context.WebSockets.AcceptWebSocketAsync(), context, context.Request.Query["ticket"].ToString());
        await socket.SendAsync(JsonSerializer.Serialize(new
        {
            type = "hello",
            num_connections = 1,
            debug_info = new { host = "applink-fake", build_number = 1, approximate_connection_time = 18060 },
            connection_info = new { app_id = AppId },
        }));
        accepted.Enqueue(socket);
        await sockets.Writer.WriteAsync(socket);
        await socket.Closed;
    }
}
