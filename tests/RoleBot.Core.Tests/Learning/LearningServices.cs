using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RoleBot.Core.Tests.Learning;

/// <summary>The core as the host composes it, with the learning database in a test's own folder.</summary>
internal static class LearningServices
{
    public static ServiceProvider Create(string databasePath, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Learning:DatabasePath"] = databasePath };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return new ServiceCollection()
            .AddRoleBotCore(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
