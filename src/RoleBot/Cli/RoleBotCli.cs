using System.CommandLine;
using Microsoft.Extensions.Options;
using RoleBot.Core.Knowledge;
using RoleBot.Hosting;

namespace RoleBot.Cli;

/// <summary>
/// The command line: <c>ask</c>, <c>chat</c>, <c>kb check</c>, <c>kb ingest</c>. With no command the
/// executable serves HTTP instead (see Program.cs).
/// </summary>
internal static class RoleBotCli
{
    private static readonly string[] Commands = ["ask", "chat", "kb", "-h", "--help", "-?", "/?", "--version"];

    public static bool Handles(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("RoleBot answers \"who owns this?\" questions about the CIO and CISO roles. Run with no command to serve HTTP.");
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(KnowledgeCommands.Create());
        try
        {
            // Without the default handler a broken knowledge base reaches the catch below: its message, not a stack trace.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (KnowledgeLoadException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("Invalid configuration: " + e.Message);
            return 2;
        }
    }

    /// <summary>
    /// The core services, configured from appsettings.json and environment variables like the web host, with their options
    /// validated now, as the web host does at start-up, rather than on the first question.
    /// </summary>
    /// <param name="defaults">Settings for this command that appsettings.json and environment variables may still override.</param>
    public static ServiceProvider Services(IReadOnlyDictionary<string, string?>? defaults = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(defaults ?? new Dictionary<string, string?>())
            .AddConfiguration(RoleBotHost.CliConfiguration()).Build();
        var services = new ServiceCollection().AddRoleBotCore(configuration).BuildServiceProvider();
        services.GetService<IStartupValidator>()?.Validate();
        return services;
    }
}
