using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Tests;

/// <summary>The real dialog over the embedded knowledge base, configured the way the host configures it.</summary>
internal static class TestDialog
{
    public static IRoleBotDialog Create(IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        return new ServiceCollection().AddRoleBotCore(configuration).BuildServiceProvider().GetRequiredService<IRoleBotDialog>();
    }

    public static readonly IRoleBotDialog Shared = Create();

    public static Answer Ask(string text, string conversation = "") =>
        Shared.AskAsync(new Question(text, conversation)).AsTask().GetAwaiter().GetResult();

    public static Answer Ask(this IRoleBotDialog dialog, string text, string conversation = "") =>
        dialog.AskAsync(new Question(text, conversation)).AsTask().GetAwaiter().GetResult();

    public static string Text(this Answer answer) => PlainTextRenderer.Render(answer);
}
