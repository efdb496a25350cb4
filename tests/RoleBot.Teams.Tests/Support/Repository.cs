using System.Diagnostics;
using System.Reflection;

namespace RoleBot.Teams.Tests.Support;

/// <summary>The work tree these tests were built from, and a way to run its scripts.</summary>
public static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string PathTo(string relative) => Path.Combine(Root, relative);

    /// <summary>Runs <c>bash script args…</c> from the repository root; returns the exit code and everything printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunScriptAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(PathTo(script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
