using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using RoleBot.Slack.Diagnostics;

namespace RoleBot.Slack.SocketMode;

/// <summary>Asks Slack for a WebSocket URL and connects to it with <see cref="ClientWebSocket"/>.</summary>
internal sealed class SocketModeConnector(
    AppsConnectionsClient api,
    SocketEnvelopeHandler handler,
    SocketModeMetrics metrics,
    SlackTransportStatus status,
    ILogger<SocketModeConnection> connectionLogger)
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    // Pings of RoleBot's own, answered within the timeout, find a half-open connection (a NAT that forgot it) that would
    // otherwise wait for Slack's next message forever.
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(20);

    public async Task<ConnectAttempt> ConnectAsync(int number, CancellationToken stopping)
    {
        var opened = await api.OpenAsync(stopping);
        if (opened.Url is not { } url)
        {
            return new ConnectAttempt(null, opened.Error, opened.RetryAfter);
        }

        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = KeepAliveInterval;
        socket.Options.KeepAliveTimeout = KeepAliveTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await socket.ConnectAsync(url, timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            socket.Dispose();
            return new ConnectAttempt(null, stopping.IsCancellationRequested ? "stopping" : "websocket_connect_failed", null);
        }

        return new ConnectAttempt(new SocketModeConnection(number, url.Host, socket, handler, metrics, status, connectionLogger), null, null);
    }
}
