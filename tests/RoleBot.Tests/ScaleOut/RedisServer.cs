using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RoleBot.Tests.ScaleOut;

/// <summary>
/// A real redis-server on a free loopback port, with no persistence, for the tests of one class. Fault tests kill it,
/// freeze it (SIGSTOP, a server that accepts nothing and answers nothing) and start it again on the same port.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? process;

    public int Port { get; } = FreePort();

    public string Configuration => $"127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start; scripts/test-deps/redis.sh installs it");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port}");
    }

    /// <summary>kill -9: the connection drops at once.</summary>
    public void Kill()
    {
        process!.Kill();
        process.WaitForExit(5000);
    }

    /// <summary>SIGSTOP: the connection stays open but nothing is answered, the worst kind of outage for a client.</summary>
    public void Freeze() => Signal("STOP");

    public void Thaw() => Signal("CONT");

    public async Task RestartAsync()
    {
        process?.Dispose();
        await InitializeAsync();
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process?.Dispose();
        return Task.CompletedTask;
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit(5000);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
