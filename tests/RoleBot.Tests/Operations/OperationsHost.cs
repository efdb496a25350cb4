using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Learning;

namespace RoleBot.Tests.Operations;

/// <summary>The real web host with its learning database in a folder of its own and every log entry captured.</summary>
internal sealed class OperationsHost : IDisposable
{
    private readonly WebApplicationFactory<Program> factory;
    private readonly Dictionary<string, string> settings = [];

    public OperationsHost(params (string Key, string Value)[] settings)
    {
        foreach (var (key, value) in settings)
        {
            this.settings[key] = value;
        }

        // The factory builds the host on first use, so settings added with Set before then still apply.
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Learning:DatabasePath", DatabasePath);
            foreach (var (key, value) in this.settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
        });
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("rolebot-ops-").FullName;

    public string DatabasePath => Path.Combine(Folder, "learning.db");

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => factory.Services;

    public HttpClient CreateClient() => factory.CreateClient();

    /// <summary>Waits until the learning records of the requests answered so far are in the database (they are written in the background).</summary>
    public Task LearningWrittenAsync() => factory.Services.GetRequiredService<BackgroundLearningLog>().FlushAsync();

    /// <summary>Writes the knowledge base into this host's folder and serves it from there (Knowledge:Path).</summary>
    public string UseKnowledgeFolder()
    {
        var folder = Path.Combine(Folder, "knowledge");
        Directory.CreateDirectory(folder);
        foreach (var file in RoleBot.Core.Knowledge.KnowledgeSource.ReadEmbedded())
        {
            File.WriteAllText(Path.Combine(folder, file.Name), file.Yaml);
        }

        settings["Knowledge:Path"] = folder;
        return folder;
    }

    public static async Task<System.Text.Json.JsonElement> AskAsync(HttpClient client, string text, string? conversationId = null)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { text, conversationId });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }

    public void Dispose()
    {
        factory.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
