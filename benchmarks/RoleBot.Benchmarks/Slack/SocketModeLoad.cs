using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RoleBot.Benchmarks.Slack;

/// <summary>
/// Slack's side of Socket Mode for a load test against a separately running RoleBot (see socket-load.sh): answers
/// apps.connections.open and chat.postMessage, accepts RoleBot's sockets, sends app_mention envelopes at a fixed rate
/// and times each ack; then drops sockets and times how long until an envelope is acked again.
/// Usage: socket-load [port=5083] [rate=200] [seconds=60] [connections=2]
/// </summary>
internal static class SocketModeLoad
{
    private static readonly ConcurrentDictionary<string, long> Sent = new();
    private static readonly ConcurrentBag<double> AckMs = new();
    private static readonly List<LoadSocket> Sockets = [];
    private static readonly SemaphoreSlim SocketArrived = new(0);
    private static long posts;
    private static long acks;
    private static long lastAckAt;

    public static async Task<int> RunAsync(string[] args)
    {
        var port = Arg(args, 0, 5083);
        var rate = Arg(args, 1, 200);
        var seconds = Arg(args, 2, 60);
        var connections = Arg(args, 3, 2);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.UseWebSockets();
        app.MapPost("/api/apps.connections.open", (HttpContext c) => Results.Json(new { ok = true, url = $"ws://127.0.0.1:{port}/link/?ticket=load" }));
        app.MapPost("/api/chat.postMessage", async (HttpContext c) =>
        {
            await c.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref posts);
            return Results.Json(new { ok = true, ts = "1700000000.000100" });
        });
        app.Map("/link", AcceptAsync);
        await app.StartAsync();
        Console.WriteLine($"fake Slack on 127.0.0.1:{port}; waiting for {connections} connections from RoleBot...");
        while (Open().Count < connections)
        {
            await SocketArrived.WaitAsync();
        }

        Console.WriteLine("warm-up (5 s)...");
        await SendAtRateAsync("warm", rate, 5);
        await Task.Delay(2000);
        AckMs.Clear();
        var postsBefore = Interlocked.Read(ref posts);
        var acksBefore = Interlocked.Read(ref acks);

        Console.WriteLine($"measuring: {rate} envelopes/s for {seconds} s over {Open().Count} connections...");
        var sent = await SendAtRateAsync("load", rate, seconds);
        await Task.Delay(3000);
        var latencies = AckMs.OrderBy(x => x).ToArray();
        Console.WriteLine($"sent {sent}, acked {Interlocked.Read(ref acks) - acksBefore}, answers posted {Interlocked.Read(ref posts) - postsBefore}");
        Console.WriteLine($"ack latency ms: p50 {Percentile(latencies, 0.50):F2}, p99 {Percentile(latencies, 0.99):F2}, p99.9 {Percentile(latencies, 0.999):F2}, max {latencies[^1]:F2}");

        await DropAndTimeAsync("one connection of " + connections + " dropped", all: false, rounds: 5);
        await DropAndTimeAsync("every connection dropped", all: true, rounds: 5);
        await app.StopAsync();
        return 0;
    }

    /// <summary>
    /// Drops one or every socket, then sends an envelope every 10 ms to whichever socket is open, and reports the time
    /// from the drop to the first ack of an envelope sent after it (events flowing again), and until all are back.
    /// </summary>
    private static async Task DropAndTimeAsync(string label, bool all, int rounds)
    {
        var flowing = new List<double>();
        var restored = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var wanted = Open().Count;
            var victims = all ? Open() : [Open()[0]];
            var dropped = Stopwatch.GetTimestamp();
            foreach (var victim in victims)
            {
                victim.Drop();
            }

            var acksAtDrop = Interlocked.Read(ref acks);
            double? flowingMs = null;
            var n = 0;
            while (flowingMs is null || Open().Count < wanted)
            {
                if (flowingMs is null && Interlocked.Read(ref acks) > acksAtDrop)
                {
                    flowingMs = Stopwatch.GetElapsedTime(dropped, Interlocked.Read(ref lastAckAt)).TotalMilliseconds;
                }

                if (Open().FirstOrDefault() is { } socket && flowingMs is null)
                {
                    await socket.SendEnvelopeAsync($"drop{round}-{(all ? "all" : "one")}-{n++}");
                }

                await Task.Delay(10);
                if (Stopwatch.GetElapsedTime(dropped) > TimeSpan.FromSeconds(60))
                {
                    Console.WriteLine("gave up waiting after 60 s");
                    return;
                }
            }

            restored.Add(Stopwatch.GetElapsedTime(dropped).TotalMilliseconds);
            flowing.Add(flowingMs.Value);
            await Task.Delay(1500);
        }

        Console.WriteLine($"{label}: events flowing again after {Summary(flowing)}; all connections back after {Summary(restored)}");
    }

    private static string Summary(List<double> ms) =>
        $"median {Percentile([.. ms.Order()], 0.5):F0} ms (min {ms.Min():F0}, max {ms.Max():F0}, {ms.Count} drops)";

    private static async Task<int> SendAtRateAsync(string prefix, int rate, int seconds)
    {
        var total = rate * seconds;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed + TimeSpan.FromMilliseconds(2))
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var open = Open();
            _ = open[i % open.Count].SendEnvelopeAsync($"{prefix}-{i}");
        }

        return total;
    }

    private static List<LoadSocket> Open()
    {
        lock (Sockets)
        {
            return [.. Sockets.Where(s => s.IsOpen)];
        }
    }

    private static async Task AcceptAsync(HttpContext context)
    {
        var socket = new LoadSocket(await context.WebSockets.AcceptWebSocketAsync(), context);
        await socket.SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"applink-load"},"connection_info":{"app_id":"A0LOAD"}}""");
        lock (Sockets)
        {
            Sockets.RemoveAll(s => !s.IsOpen);
            Sockets.Add(socket);
        }

        SocketArrived.Release();
        await socket.ReadAcksAsync();
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    /// <summary>One of RoleBot's connections.</summary>
    private sealed class LoadSocket(WebSocket socket, HttpContext context)
    {
        private readonly SemaphoreSlim sending = new(1, 1);
        private volatile bool ended;

        public bool IsOpen => !ended && socket.State == WebSocketState.Open;

        /// <summary>Cuts the TCP connection without a close frame.</summary>
        public void Drop()
        {
            ended = true;
            context.Abort();
        }

        public async Task SendEnvelopeAsync(string id)
        {
            var callback = JsonSerializer.Serialize(new
            {
                token = "legacy",
                team_id = "T0LOAD",
                api_app_id = "A0LOAD",
                @event = new { type = "app_mention", user = "U0ASKER01", text = "<@U0ROLEBOT> who owns incident response?", ts = "1700000001.000100", channel = "C0LOAD", event_ts = "1700000001.000100" },
                type = "event_callback",
                event_id = "Ev" + id,
                event_time = 1700000001,
                authorizations = new[] { new { team_id = "T0LOAD", user_id = "U0ROLEBOT", is_bot = true } },
            });
            Sent[id] = Stopwatch.GetTimestamp();
            try
            {
                await SendAsync($$"""{"envelope_id":"{{id}}","payload":{{callback}},"type":"events_api","accepts_response_payload":false,"retry_attempt":0,"retry_reason":""}""");
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
            {
                ended = true;
                Sent.TryRemove(id, out _);
            }
        }

        public async Task SendAsync(string json)
        {
            await sending.WaitAsync();
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
            finally
            {
                sending.Release();
            }
        }

        public async Task ReadAcksAsync()
        {
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    var now = Stopwatch.GetTimestamp();
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    using var ack = JsonDocument.Parse(buffer.AsMemory(0, result.Count));
                    if (Sent.TryRemove(ack.RootElement.GetProperty("envelope_id").GetString()!, out var at))
                    {
                        AckMs.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
                        Interlocked.Exchange(ref lastAckAt, now);
                        Interlocked.Increment(ref acks);
                    }
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Dropped by the test or by RoleBot.
            }
            finally
            {
                ended = true;
            }
        }
    }
}
