using RoleBot.Core.Ingest;

namespace RoleBot.Core.Tests.Ingest;

public sealed class DocumentIngesterTests
{
    private const string Policy = """
        # Contoso security policy

        ## What the CISO owns
        - Approving firewall changes
        - Running the bug bounty

        ## The CIO's duties
        * Laptop refresh
        * Printer fleet

        Shared ground includes:
        - Backup testing

        In our 2025 survey, nearly 42% of managers said they had never read the policy. Only 7% of staff knew the on-call number.

        | Topic | CIO | CISO |
        |---|---|---|
        | Laptops | Buys them | Encrypts them |
        """;

    [Fact]
    public void Bullets_under_role_headings_become_responsibilities_with_their_line()
    {
        var draft = DocumentIngester.Ingest("policy.md", Policy);

        Assert.Contains(draft.Responsibilities, r => (r.Name, r.Owner, r.Line) == ("Approving firewall changes", "CISO", 4));
        Assert.Contains(draft.Responsibilities, r => (r.Name, r.Owner) == ("Printer fleet", "CIO"));
        Assert.Contains(draft.Responsibilities, r => (r.Name, r.Owner) == ("Backup testing", "Shared"));
        Assert.Equal(5, draft.Responsibilities.Count);
    }

    [Fact]
    public void Sentences_with_percentages_become_statistics()
    {
        var draft = DocumentIngester.Ingest("policy.md", Policy);

        var first = Assert.Single(draft.Statistics, s => s.Value == "42%");
        Assert.Equal(("nearly", "managers", 14), (first.Qualifier, first.Population, first.Line));
        Assert.StartsWith("Only 7%", Assert.Single(draft.Statistics, s => s.Value == "7%").Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_with_cio_and_ciso_columns_become_comparisons()
    {
        var comparison = Assert.Single(DocumentIngester.Ingest("policy.md", Policy).Comparisons);

        Assert.Equal(("Laptops", "Buys them", "Encrypts them"), (comparison.Aspect, comparison.Cio, comparison.Ciso));
    }

    [Fact]
    public void The_draft_is_yaml_with_the_source_line_of_every_entry()
    {
        var yaml = IngestDraftWriter.Write(DocumentIngester.Ingest("policy.md", Policy));

        Assert.Contains("line: 14", yaml, StringComparison.Ordinal);
        Assert.Contains("owner: CISO", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_gives_an_empty_draft()
    {
        var draft = DocumentIngester.Ingest("empty.txt", "");

        Assert.Empty(draft.Responsibilities);
        Assert.Empty(draft.Statistics);
    }
}
