using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace RoleBot.Slack.Tests.Support;

/// <summary>One Socket Mode connection seen from Slack's side: sends envelopes and disconnects, reads RoleBot's acks.</summary>
public sealed class FakeSlackSocket : IDisposable
{
    private readonly WebSocket socket;
    private readonly HttpContext context;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly Channel<JsonElement> received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeSlackSocket(WebSocket socket, HttpContext context, string ticket)
    {
        this.socket = socket;
        this.context = context;
        Ticket = ticket;
        _ = ReadAsync();
    }

    /// <summary>The ticket of the URL RoleBot connected to, telling connections apart.</summary>
    public string Ticket { get; }

    /// <summary>Completes when the connection has ended, from either side.</summary>
    public Task Closed => closed.Task;

    public async Task SendAsync(string json)
    {
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>Sends an envelope shaped as Slack's; <paramref name="payloadJson"/> is what the HTTP transport would receive.</summary>
    public Task SendEnvelopeAsync(string type, string envelopeId, string payloadJson, bool acceptsResponsePayload = false)
    {
        var envelope = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["payload"] = JsonNode.Parse(payloadJson),
            ["type"] = type,
            ["accepts_response_payload"] = acceptsResponsePayload,
        };
        if (type == "events_api")
        {
            envelope["retry_attempt"] = 0;
            envelope["retry_reason"] = "";
        }

        return SendAsync(envelope.ToJsonString());
    }

    public Task SendDisconnectAsync(string reason) => SendAsync(new JsonObject
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "applink-fake" },
    }.ToJsonString());

    /// <summary>The next message RoleBot sent (an ack), or a timeout.</summary>
    public async Task<JsonElement> NextAckAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await received.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No ack on socket {Ticket}.");
        }
    }

    /// <summary>Ends the connection politely, as Slack does after a disconnect message.</summary>
    public async Task CloseAsync()
    {
        await sending.WaitAsync();
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refreshed", CancellationToken.None);
        }
        finally
        {
            sending.Release();
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Cuts the TCP connection without a close frame, as a crashed proxy or a lost network would.</summary>
    public void Drop()
    {
        context.Abort();
        closed.TrySetResult();
    }

    public void Dispose() => sending.Dispose();

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return;
                }

                received.Writer.TryWrite(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection ended; Closed says so.
        }
        finally
        {
            closed.TrySetResult();
        }
    }
}
