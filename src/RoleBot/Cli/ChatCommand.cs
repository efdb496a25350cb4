using System.CommandLine;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Cli;

/// <summary><c>chat</c>: an interactive session in the terminal, one conversation, follow-ups included.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var command = new Command("chat", "Chat with RoleBot in the terminal (follow-up questions keep context). Type 'exit' or press Ctrl+D to leave.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = RoleBotCli.Services();
            var dialog = services.GetRequiredService<IRoleBotDialog>();
            var conversation = "chat:" + Guid.NewGuid().ToString("N");
            await Console.Out.WriteLineAsync("RoleBot: ask who owns what between the CIO and the CISO. Type 'exit' to leave.");
            while (!cancellationToken.IsCancellationRequested)
            {
                await Console.Out.WriteAsync("> ");
                var line = await Console.In.ReadLineAsync(cancellationToken);
                if (line is null || line.Trim() is "exit" or "quit" or "bye")
                {
                    break;
                }

                var answer = await dialog.AskAsync(new Question(line, conversation, "cli"), cancellationToken);
                await Console.Out.WriteLineAsync(PlainTextRenderer.Render(answer) + Environment.NewLine);
            }

            return 0;
        });
        return command;
    }
}
