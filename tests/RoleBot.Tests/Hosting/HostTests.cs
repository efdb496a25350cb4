using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RoleBot.Core.Knowledge;

namespace RoleBot.Tests.Hosting;

public sealed class HostTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Health_and_readiness_answer_once_the_knowledge_base_is_loaded()
    {
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        var ready = await client.GetStringAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Contains("\"ready\"", ready, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_knowledge_folder_stops_start_up_with_its_errors()
    {
        var folder = Directory.CreateTempSubdirectory("rolebot-broken-").FullName;
        File.WriteAllText(Path.Combine(folder, "statistics.yml"), "statistics:\n  - {id: s, value: '1%', claim: c, population: p, supports: [nothing]}\n");
        using var broken = factory.WithWebHostBuilder(b => b.UseSetting("Knowledge:Path", folder));

        var e = Assert.Throws<KnowledgeLoadException>(() => broken.CreateClient());

        Assert.Contains("statistics.yml: statistics[0] (s).source", e.Message, StringComparison.Ordinal);
    }
}
