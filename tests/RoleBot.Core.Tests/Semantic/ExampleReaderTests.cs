using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Semantic;

public sealed class ExampleReaderTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeLoader.Load();

    private static IReadOnlyList<KnowledgeError> ErrorsIn(string jsonl) =>
        ExampleReader.Read([new ExampleFile("mine.jsonl", jsonl)], Knowledge).Errors;

    [Fact]
    public void A_valid_line_becomes_an_example_with_its_label()
    {
        var (examples, errors) = ExampleReader.Read([new ExampleFile("mine.jsonl", """{"text": "who patches?", "intent": "ownership", "entry": "patch_management"}""")], Knowledge);

        Assert.Empty(errors);
        Assert.Equal("ownership:patch_management", Assert.Single(examples).Label);
    }

    [Theory]
    [InlineData("""{"text": "who patches?", "intent": "ownership", "entry": "no_such_entry"}""", "entry")]
    [InlineData("""{"text": "who patches?", "intent": "owner", "entry": "patch_management"}""", "intent")]
    [InlineData("""{"text": "who patches?", "intent": "ownership"}""", "entry")]
    [InlineData("""{"text": "what's for lunch", "intent": "out_of_scope", "entry": "patch_management"}""", "entry")]
    [InlineData("""{"text": "", "intent": "help"}""", "text")]
    [InlineData("""not json""", "line 1")]
    public void Each_fault_is_named_with_file_line_and_field(string line, string field)
    {
        var error = Assert.Single(ErrorsIn(line));

        Assert.Equal("examples/mine.jsonl", error.File);
        Assert.Contains(field, error.Field + error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_examples_are_all_valid() =>
        Assert.Empty(ExampleReader.Read(ExampleSource.ReadEmbedded(), Knowledge).Errors);

    [Fact]
    public void A_question_written_twice_with_the_same_label_counts_once_and_with_another_label_twice()
    {
        const string jsonl = """
            {"text": "What share of the IT budget should go to security?", "intent": "out_of_scope"}
            {"text": "what share of the IT budget  should go to security?", "intent": "out_of_scope"}
            {"text": "What share of the IT budget should go to security?", "intent": "ownership", "entry": "security_budget"}
            """;

        var (examples, errors) = ExampleReader.Read([new ExampleFile("mine.jsonl", jsonl)], Knowledge);

        Assert.Empty(errors);
        Assert.Equal(["out_of_scope", "ownership:security_budget"], examples.Select(e => e.Label));
    }
}
