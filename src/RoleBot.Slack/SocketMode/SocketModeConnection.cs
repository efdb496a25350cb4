using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RoleBot.Slack.Diagnostics;

namespace RoleBot.Slack.SocketMode;

/// <summary>
/// One open Socket Mode WebSocket: reads Slack's messages, hands envelopes to <see cref="SocketEnvelopeHandler"/> and
/// sends their acks. Slash commands are handled beside the read loop, because their answer may take up to the command
/// budget and must not hold back the acks of envelopes behind them.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    /// <summary>1 MB, as for HTTP bodies: far above any real envelope.</summary>
    private const int MaxMessageBytes = 1024 * 1024;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly string host;
    private readonly ClientWebSocket socket;
    private readonly SocketEnvelopeHandler handler;
    private readonly SocketModeMetrics metrics;
    private readonly SlackTransportStatus status;
    private readonly ILogger logger;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly TaskCompletionSource<string> disconnecting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SocketModeConnection(int number, string host, ClientWebSocket socket, SocketEnvelopeHandler handler, SocketModeMetrics metrics, SlackTransportStatus status, ILogger logger)
    {
        Number = number;
        this.host = host;
        this.socket = socket;
        this.handler = handler;
        this.metrics = metrics;
        this.status = status;
        this.logger = logger;
        Completion = Task.Run(ReadAsync);
    }

    /// <summary>Names the connection in logs, instead of its URL.</summary>
    public int Number { get; }

    /// <summary>True once Slack said hello on it: the connection worked, so a drop afterwards starts the backoff afresh.</summary>
    public bool SaidHello { get; private set; }

    /// <summary>Completes with the reason when Slack sends <c>disconnect</c>.</summary>
    public Task<string> Disconnecting => disconnecting.Task;

    /// <summary>Completes when the connection has ended, however it ended; it never faults.</summary>
    public Task Completion { get; }

    /// <summary>Closes politely (a close frame, a short wait for Slack's), then for good.</summary>
    public async ValueTask DisposeAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await sending.WaitAsync();
            try
            {
                using var timeout = new CancellationTokenSource(CloseTimeout);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Already gone; aborting below is all that is left.
            }
            finally
            {
                sending.Release();
            }
        }

        await Completion.WaitAsync(CloseTimeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        socket.Abort();
        socket.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer.GetMemory(8 * 1024), CancellationToken.None);
                    buffer.Advance(received.Count);
                }
                while (!received.EndOfMessage && buffer.WrittenCount <= MaxMessageBytes);

                if (received.MessageType == WebSocketMessageType.Close || buffer.WrittenCount > MaxMessageBytes)
                {
                    return;
                }

                if (received.MessageType == WebSocketMessageType.Text && Parse(buffer.WrittenSpan) is { } envelope)
                {
                    await OnEnvelopeAsync(envelope, Stopwatch.GetTimestamp());
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Dropped or aborted: the service decides whether and when to reconnect.
        }
        finally
        {
            if (SaidHello)
            {
                status.SocketClosed();
            }
        }
    }

    private static SocketEnvelope? Parse(ReadOnlySpan<byte> message)
    {
        try
        {
            return JsonSerializer.Deserialize<SocketEnvelope>(message, SlackJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task OnEnvelopeAsync(SocketEnvelope envelope, long receivedAt)
    {
        var type = envelope.Type ?? "?";
        if (type == "hello")
        {
            SaidHello = true;
            status.SocketOpened();
            SocketModeLog.Open(logger, Number, host);
            return;
        }

        if (type == "disconnect")
        {
            disconnecting.TrySetResult(envelope.Reason ?? "unknown");
            return;
        }

        if (envelope.EnvelopeId is null)
        {
            SocketModeLog.Ignored(logger, type);
            return;
        }

        metrics.Envelope(type);
        if (type == SocketEnvelopeHandler.SlashCommands)
        {
            _ = AcknowledgeAsync(envelope, type, receivedAt);
            return;
        }

        await AcknowledgeAsync(envelope, type, receivedAt);
    }

    /// <summary>Handles one envelope and sends its ack; never throws, so it can run unawaited.</summary>
    private async Task AcknowledgeAsync(SocketEnvelope envelope, string type, long receivedAt)
    {
        var id = envelope.EnvelopeId!;
        try
        {
            if (await handler.HandleAsync(envelope) is not { } ack)
            {
                return;
            }

            var json = JsonSerializer.SerializeToUtf8Bytes(ack, SlackJson.Options);
            await sending.WaitAsync();
            try
            {
                await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            finally
            {
                sending.Release();
            }

            var elapsed = Stopwatch.GetElapsedTime(receivedAt);
            metrics.Acknowledged(type, elapsed);
            SocketModeLog.Acknowledged(logger, type, id, elapsed);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
        {
            SocketModeLog.NotAcknowledged(logger, type, id, "connection_lost");
        }
        catch (Exception e)
        {
            SocketModeLog.EnvelopeFailed(logger, e, type, id);
        }
    }
}
