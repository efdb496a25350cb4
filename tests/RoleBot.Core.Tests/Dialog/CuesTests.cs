using RoleBot.Core.Dialog;

namespace RoleBot.Core.Tests.Dialog;

public sealed class CuesTests
{
    [Fact]
    public void The_compiled_in_cue_file_is_valid() => Assert.Empty(Cues.Check(Cues.ReadEmbedded()));

    [Fact]
    public void A_cue_file_missing_a_list_the_dialog_reads_is_refused_naming_the_list()
    {
        var yaml = Cues.ReadEmbedded().Replace("  greetings:", "  greeting_words:", StringComparison.Ordinal);

        var errors = Cues.Check(yaml);

        Assert.Contains(errors, e => e.Field == "words.greetings" && e.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "words.greeting_words");
    }

    [Theory]
    [InlineData("words:\n  greetings: [\"Hello\"]\n", "words.greetings")]
    [InlineData("words:\n  greetings: [\"good morning\"]\n", "words.greetings")]
    [InlineData("phrases:\n  trivia: [\"who  founded\"]\n", "phrases.trivia")]
    public void Each_bad_entry_is_named_by_its_list(string yaml, string field) =>
        Assert.Contains(Cues.Check(yaml), e => e.Field == field && e.Message.Contains('\'', StringComparison.Ordinal));

    [Fact]
    public void A_cue_phrase_from_the_file_is_found_in_a_question()
    {
        var words = new[] { "who", "founded", "google" };

        Assert.True(CueWords.Trivia.FoundIn(words));
    }
}
