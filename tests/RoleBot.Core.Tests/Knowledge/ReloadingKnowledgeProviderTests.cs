using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Tests.Diagnostics;
using RoleBot.Core.Tests.Learning;

namespace RoleBot.Core.Tests.Knowledge;

public sealed class ReloadingKnowledgeProviderTests : IDisposable
{
    private const string ItStrategySummary = "The CIO shapes and carries out the technology strategy";
    private readonly TempFolder folder = new();
    private readonly ServiceProvider services = LearningServices.Create(Path.Combine(Path.GetTempPath(), "unused.db"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public ReloadingKnowledgeProviderTests()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "knowledge"), "*.yml"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        services.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void A_valid_edit_replaces_the_knowledge_base_in_one_swap()
    {
        using var provider = Create();
        var before = provider.Current;

        Edit(ItStrategySummary, "The CIO owns the reloaded technology strategy");
        time.Advance(TimeSpan.FromMinutes(1));
        provider.Reload();

        Assert.NotSame(before, provider.Current);
        Assert.StartsWith("The CIO owns the reloaded technology strategy", provider.Current.Knowledge.ResponsibilitiesById["it_strategy"].Summary, StringComparison.Ordinal);
        Assert.Equal((1, time.GetUtcNow(), (DateTimeOffset?)null), (provider.Status.Reloads, provider.Status.LoadedAt, provider.Status.RejectedAt));
    }

    [Fact]
    public void A_broken_edit_keeps_the_previous_knowledge_base_and_names_the_file_and_field()
    {
        using var reloads = new InstrumentRecorder(services.GetRequiredService<IMeterFactory>(), "rolebot.knowledge.reloads");
        using var provider = Create();
        var before = provider.Current;

        Edit("    owner: CIO\n", "    owner: Nobody\n", once: true);
        provider.Reload();

        Assert.Same(before, provider.Current);
        var error = Assert.Single(provider.Status.Errors);
        Assert.Equal(("responsibilities.yml", "responsibilities[0] (it_strategy).owner"), (error.File, error.Field));
        Assert.Contains("'Nobody' is not CIO, CISO or Shared", error.Message, StringComparison.Ordinal);
        Assert.NotNull(provider.Status.RejectedAt);
        Assert.Equal(1, reloads.Sum("outcome", "rejected"));
    }

    [Fact]
    public void Unreadable_yaml_is_reported_with_its_line_and_fixing_it_serves_again()
    {
        using var provider = Create();
        var original = File.ReadAllText(Path.Combine(folder.Path, "statistics.yml"));

        File.WriteAllText(Path.Combine(folder.Path, "statistics.yml"), "statistics:\n  - id: [unclosed\n");
        provider.Reload();
        var errors = provider.Status.Errors;
        File.WriteAllText(Path.Combine(folder.Path, "statistics.yml"), original);
        provider.Reload();

        Assert.Contains(errors, e => e.File == "statistics.yml" && e.Field.StartsWith("line 2, column ", StringComparison.Ordinal));
        Assert.Empty(provider.Status.Errors);
        Assert.Equal(1, provider.Status.Reloads);
    }

    [Fact]
    public async Task A_change_on_disk_reloads_only_after_the_quiet_period()
    {
        using var provider = Create();
        var before = provider.Current;

        Edit(ItStrategySummary, "The CIO owns the watched technology strategy");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var beforeQuiet = provider.Current;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (ReferenceEquals(provider.Current, before) && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromHours(1));
            await Task.Delay(50);
        }

        Assert.Same(before, beforeQuiet);
        Assert.StartsWith("The CIO owns the watched technology strategy", provider.Current.Knowledge.ResponsibilitiesById["it_strategy"].Summary, StringComparison.Ordinal);
        Assert.Equal(1, provider.Status.Reloads);
    }

    [Fact]
    public void A_broken_folder_at_start_up_throws_with_its_errors()
    {
        Edit("    owner: CIO\n", "    owner: Nobody\n", once: true);

        var e = Assert.Throws<KnowledgeLoadException>(Create);

        Assert.Contains("responsibilities.yml: responsibilities[0] (it_strategy).owner", e.Message, StringComparison.Ordinal);
    }

    private ReloadingKnowledgeProvider Create() =>
        new(folder.Path, new KnowledgeReloadOptions { ReloadDelay = TimeSpan.FromHours(1) }, services.GetRequiredService<RoleBotMetrics>(),
            NullLogger<ReloadingKnowledgeProvider>.Instance, time);

    private void Edit(string find, string replace, bool once = false)
    {
        var path = Path.Combine(folder.Path, "responsibilities.yml");
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        File.WriteAllText(path, once ? text[..at] + replace + text[(at + find.Length)..] : text.Replace(find, replace, StringComparison.Ordinal));
    }
}
