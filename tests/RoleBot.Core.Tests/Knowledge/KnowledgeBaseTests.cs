using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Tests.Knowledge;

/// <summary>The real knowledge files: they must load, cover what the documents say, and keep every figure exact.</summary>
public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Embedded = KnowledgeLoader.Load();

    [Fact]
    public void The_embedded_knowledge_base_loads_and_is_complete()
    {
        Assert.Equal(["CIO", "CISO"], Embedded.Roles.Select(r => r.Id).Order());
        Assert.True(Embedded.Responsibilities.Count >= 40, $"{Embedded.Responsibilities.Count} responsibilities");
        Assert.True(Embedded.Statistics.Count >= 23, $"{Embedded.Statistics.Count} statistics");
        Assert.Subset(
            Embedded.Playbooks.Select(p => p.Id).ToHashSet(),
            new HashSet<string> { "ransomware", "phishing", "data_breach", "outage_after_attack", "service_outage", "vendor_compromise", "insider_threat", "suspicious_logins" });
        Assert.All(new[] { "CIO", "CISO", "Shared" }, owner => Assert.Contains(Embedded.Responsibilities, r => r.Owner == owner));
    }

    [Fact]
    public void The_folder_copy_loads_the_same_entries_as_the_embedded_copy()
    {
        var folder = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));

        Assert.Equal(Embedded.Responsibilities.Select(r => r.Id), folder.Responsibilities.Select(r => r.Id));
        Assert.Equal(Embedded.Statistics.Select(s => s.Value), folder.Statistics.Select(s => s.Value));
    }

    [Fact]
    public void Where_cisos_report_is_a_conflict_set_spanning_both_documents()
    {
        var set = Embedded.ConflictSets["ciso_reporting"];

        Assert.Equal(["36%", "60%", "64%", "76%"], set.Select(s => s.Value).Order());
        Assert.Equal(2, set.Select(s => s.Source.Doc).Distinct().Count());
    }

    [SeedFact]
    public void Every_figure_appears_exactly_in_the_document_it_cites()
    {
        var seeds = SeedDocuments.Load();
        var byId = new Dictionary<string, string> { ["tangled"] = seeds["000"], ["defynd"] = seeds["001"] };

        Assert.All(Embedded.Statistics, s =>
            Assert.True(byId[s.Source.Doc].Contains(s.Value, StringComparison.Ordinal), $"{s.Id}: {s.Value} is not in {s.Source.Doc}"));
        Assert.Equal(
            byId.Values.SelectMany(text => System.Text.RegularExpressions.Regex.Matches(text, @"\d+%").Select(m => m.Value)).ToHashSet(),
            Embedded.Statistics.Select(s => s.Value).ToHashSet());
    }

    /// <summary>Titles and section headings are quoted on purpose: they are how a reader finds the source.</summary>
    [SeedFact]
    public void No_sentence_of_the_documents_is_copied_into_the_knowledge_base()
    {
        var seeds = SeedDocuments.Load();
        var shingles = seeds.Values.SelectMany(t => SeedDocuments.Shingles(t, 8)).ToHashSet();
        var copied = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "knowledge"), "*.yml")
            .SelectMany(file => SeedDocuments.Shingles(SeedDocuments.WithoutCitations(File.ReadAllText(file)), 8).Where(shingles.Contains).Select(s => $"{Path.GetFileName(file)}: \"{s}\""))
            .Distinct()
            .ToArray();

        Assert.True(copied.Length == 0, "Copied from the documents:\n" + string.Join('\n', copied));
    }
}
