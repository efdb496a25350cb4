using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;
using RoleBot.Teams.Tests.Support;

namespace RoleBot.Teams.Tests.Manifest;

/// <summary>The Teams app package: manifest v1.30 valid against Microsoft's schema once filled, and icons Teams accepts.</summary>
public sealed class AppPackageTests : IDisposable
{
    private const string BotId = "9c2f7d1e-8b3a-4c5d-9e6f-0a1b2c3d4e5f";
    private readonly string folder = Directory.CreateTempSubdirectory("rolebot-teams-package-").FullName;

    private static JsonElement SourceManifest =>
        JsonDocument.Parse(File.ReadAllText(Repository.PathTo("manifests/teams/manifest.json"))).RootElement;

    [Fact]
    public async Task The_packaged_manifest_is_valid_against_the_official_v1_30_schema()
    {
        var package = await PackageAsync();
        var manifest = Path.Combine(folder, "manifest.json");
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.GetEntry("manifest.json")!.ExtractToFile(manifest);
        }

        var (exitCode, output) = await Repository.RunScriptAsync("scripts/teams-validate-manifest.sh", manifest);

        Assert.True(exitCode == 0, $"scripts/teams-validate-manifest.sh exited {exitCode}:\n{output}");
        Assert.Contains("valid against https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_validator_rejects_a_manifest_that_breaks_the_schema()
    {
        var broken = Path.Combine(folder, "broken.json");
        var text = File.ReadAllText(Repository.PathTo("manifests/teams/manifest.json")).Replace("\"personal\", \"team\"", "\"everyone\", \"team\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(broken, text);

        var (exitCode, output) = await Repository.RunScriptAsync("scripts/teams-validate-manifest.sh", broken);

        Assert.Equal(1, exitCode);
        Assert.Contains("/bots/0/scopes/0 must be equal to one of the allowed values", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_package_fills_every_placeholder_and_holds_manifest_and_icons_at_its_root()
    {
        var package = await PackageAsync();

        using var zip = ZipFile.OpenRead(package);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var text = await reader.ReadToEndAsync();
        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        var manifest = JsonDocument.Parse(text).RootElement;
        Assert.Equal(BotId, manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("https://rolebot.contoso.com/privacy", manifest.GetProperty("developer").GetProperty("privacyUrl").GetString());
        Assert.Equal(["rolebot.contoso.com"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$", manifest.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Packaging_refuses_a_bot_id_that_is_not_a_guid()
    {
        var (exitCode, output) = await Repository.RunScriptAsync("scripts/teams-package.sh", "--bot-id", "my-bot", "--domain", "rolebot.contoso.com", "--out", Path.Combine(folder, "x.zip"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--bot-id must be the bot's Entra app id", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "x.zip")));
    }

    [Fact]
    public void The_source_manifest_is_v1_30_with_placeholders_and_a_bot_in_every_scope()
    {
        var manifest = SourceManifest;

        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", manifest.GetProperty("$schema").GetString());
        Assert.Equal("1.30", manifest.GetProperty("manifestVersion").GetString());
        Assert.Equal("${{TEAMS_APP_ID}}", manifest.GetProperty("id").GetString());
        var bot = manifest.GetProperty("bots")[0];
        Assert.Equal("${{BOT_ID}}", bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Every_sample_command_in_the_manifest_is_a_question_RoleBot_answers()
    {
        await using var services = new ServiceCollection().AddLogging().AddRoleBotCore(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var dialog = services.GetRequiredService<IRoleBotDialog>();
        var commands = SourceManifest.GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray()
            .Select(c => c.GetProperty("title").GetString()!)
            .Where(t => t != "help")
            .ToList();

        foreach (var command in commands)
        {
            var answer = await dialog.AskAsync(new Question(command, "manifest-" + command, "teams"));
            Assert.True(answer.Answered, $"RoleBot does not answer the manifest's sample command '{command}'.");
        }

        Assert.True(commands.Count >= 3);
    }

    [Fact]
    public void The_colour_icon_is_192_pixels_square_and_opaque()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Repository.PathTo("manifests/teams/color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Repository.PathTo("manifests/teams/outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(icon.Pixels(), p => p.A == 0);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<string> PackageAsync()
    {
        var package = Path.Combine(folder, "rolebot-teams.zip");
        var (exitCode, output) = await Repository.RunScriptAsync("scripts/teams-package.sh", "--bot-id", BotId, "--domain", "rolebot.contoso.com", "--out", package);
        Assert.True(exitCode == 0, $"scripts/teams-package.sh exited {exitCode}:\n{output}");
        return package;
    }
}
