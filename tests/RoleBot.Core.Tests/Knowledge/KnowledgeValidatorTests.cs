using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Tests.Knowledge;

/// <summary>Broken knowledge files are reported with file, field and reason, the same text that stops start-up.</summary>
public sealed class KnowledgeValidatorTests
{
    private const string Sources = """
        sources:
          - {id: doc, title: "A document"}
        """;

    private const string Roles = """
        roles:
          - {id: CIO, title: Chief Information Officer, summary: s, focus: f, reporting_lines: r, incident_role: i, sources: [{doc: doc, section: "1"}]}
          - {id: CISO, title: Chief Information Security Officer, summary: s, focus: f, reporting_lines: r, incident_role: i, sources: [{doc: doc, section: "1"}]}
        """;

    private static IReadOnlyList<KnowledgeError> Check(string responsibilities, string statistics = "statistics: []") =>
        KnowledgeLoader.Check([new("sources.yml", Sources), new("roles.yml", Roles), new("responsibilities.yml", responsibilities), new("statistics.yml", statistics)]);

    private const string GoodResponsibility = """
        responsibilities:
          - id: patching
            name: Patch management
            owner: CIO
            summary: The CIO keeps systems patched.
            aliases: [patching]
            sources: [{doc: doc, section: "1"}]
        """;

    [Fact]
    public void A_valid_knowledge_base_has_no_errors() => Assert.Empty(Check(GoodResponsibility));

    [Fact]
    public void An_empty_owner_is_reported_with_file_and_field()
    {
        var error = Assert.Single(Check(GoodResponsibility.Replace("owner: CIO", "owner: \"\"", StringComparison.Ordinal)));
        Assert.Equal("responsibilities.yml", error.File);
        Assert.Equal("responsibilities[0] (patching).owner", error.Field);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_required_word_of_a_playbook_is_reported()
    {
        const string playbooks = """
            playbooks:
              - id: outage
                name: Outage
                owner: CIO
                triggers: [systems down]
                requires: [down, ""]
                steps: [{role: CIO, action: Restore service.}]
                sources: [{doc: doc, section: "1"}]
            """;

        var errors = KnowledgeLoader.Check([new("sources.yml", Sources), new("roles.yml", Roles), new("responsibilities.yml", GoodResponsibility),
            new("playbooks.yml", playbooks)]);

        var error = Assert.Single(errors);
        Assert.Equal(("playbooks.yml", "playbooks[0] (outage).requires"), (error.File, error.Field));
    }

    [Fact]
    public void A_synonym_whose_meaning_would_find_nothing_is_reported()
    {
        const string synonyms = """
            synonyms:
              - {say: [updates], mean: [patching]}
              - {say: [fixes], mean: [patchez]}
              - {say: [], mean: [patching]}
            """;

        var errors = KnowledgeLoader.Check([new("sources.yml", Sources), new("roles.yml", Roles), new("responsibilities.yml", GoodResponsibility),
            new("synonyms.yml", synonyms)]);

        Assert.Equal(
            [("synonyms.yml", "synonyms[1].mean"), ("synonyms.yml", "synonyms[2].say")],
            errors.Select(e => (e.File, e.Field)).ToArray());
        Assert.Contains("'patchez'", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_owner_is_reported() =>
        Assert.Contains(Check(GoodResponsibility.Replace("owner: CIO", "owner: CFO", StringComparison.Ordinal)), e => e.Field.EndsWith(".owner", StringComparison.Ordinal) && e.Message.Contains("CFO", StringComparison.Ordinal));

    [Fact]
    public void A_figure_without_a_source_is_reported()
    {
        var errors = Check(GoodResponsibility, """
            statistics:
              - {id: s1, value: "50%", claim: patch fast, population: CIOs, supports: [patching]}
            """);

        var error = Assert.Single(errors);
        Assert.Equal(("statistics.yml", "statistics[0] (s1).source"), (error.File, error.Field));
    }

    [Fact]
    public void A_reference_to_an_unknown_responsibility_is_reported()
    {
        var errors = Check(GoodResponsibility, """
            statistics:
              - {id: s1, value: "50%", claim: patch fast, population: CIOs, supports: [patchin], source: {doc: doc, section: "1"}}
            """);

        var error = Assert.Single(errors);
        Assert.Equal("statistics[0] (s1).supports", error.Field);
        Assert.Contains("'patchin'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_claimed_by_two_owners_is_reported()
    {
        var errors = Check(GoodResponsibility + """

              - id: hardening
                name: Hardening
                owner: CISO
                summary: The CISO hardens systems.
                aliases: [Patching]
                sources: [{doc: doc, section: "1"}]
            """);

        var error = Assert.Single(errors);
        Assert.Equal("responsibilities[1] (hardening).aliases", error.Field);
        Assert.Contains("'patching'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_line()
    {
        var error = Assert.Single(Check("responsibilities:\n  - id: [unclosed\n"));
        Assert.Equal("responsibilities.yml", error.File);
        Assert.StartsWith("line ", error.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_reported_as_unknown()
    {
        var error = Assert.Single(Check(GoodResponsibility.Replace("aliases:", "alias:", StringComparison.Ordinal)));
        Assert.Contains("unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_broken_knowledge_base_throws_with_every_error()
    {
        var files = new KnowledgeFile[] { new("sources.yml", Sources), new("responsibilities.yml", GoodResponsibility.Replace("owner: CIO", "owner: \"\"", StringComparison.Ordinal)) };

        var e = Assert.Throws<KnowledgeLoadException>(() => KnowledgeLoader.Load(files, "test"));

        Assert.Contains("responsibilities.yml: responsibilities[0] (patching).owner: is empty", e.Message, StringComparison.Ordinal);
    }
}
