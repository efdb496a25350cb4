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

    [Theory]
    [InlineData("expansions:\n  \"rn\": []\n", "expansions.rn")]
    [InlineData("expansions:\n  \"Rn\": [\"right\", \"now\"]\n", "expansions.Rn")]
    [InlineData("expansions:\n  \"right now\": [\"rn\"]\n", "expansions.right now")]
    public void A_bad_shorthand_expansion_is_named(string yaml, string field) =>
        Assert.Contains(Cues.Check(yaml), e => e.Field == field);

    [Theory]
    [InlineData("letter_names:\n  \"cc\": [\"see\"]\n", "letter_names.cc")]
    [InlineData("letter_names:\n  \"c\": []\n", "letter_names.c")]
    [InlineData("letter_names:\n  \"c\": [\"See\"]\n", "letter_names.c")]
    [InlineData("letter_names:\n  \"c\": [\"see\"]\n  \"s\": [\"see\"]\n", "letter_names.s")]
    public void A_bad_letter_name_is_named(string yaml, string field) =>
        Assert.Contains(Cues.Check(yaml), e => e.Field == field);

    [Theory]
    [InlineData("intent_filler:\n  figures: [\"share\"]\n", "intent_filler.figures")]
    [InlineData("intent_filler:\n  statistic: [\"Share\"]\n", "intent_filler.statistic")]
    [InlineData("spelling:\n  words: {\"Centre\": \"center\"}\n", "spelling.words")]
    [InlineData("spelling:\n  suffixes: [[\"ise\"]]\n", "spelling.suffixes")]
    [InlineData("spelling:\n  unchanged: [\"ad vise\"]\n", "spelling.unchanged")]
    [InlineData("spelling:\n  unchanged:\n  suffixes: [[\"ise\", \"Ize\"]]\n", "spelling.suffixes")]
    [InlineData("intent_filler:\nletter_names:\nspelling:\n  suffixes: [[\"ise\"]]\n", "spelling.suffixes")]
    public void A_bad_filler_word_or_spelling_rule_is_named(string yaml, string field) =>
        Assert.Contains(Cues.Check(yaml), e => e.Field == field);

    [Theory]
    [InlineData("prioritise", "prioritize")]
    [InlineData("centre", "center")]
    [InlineData("organisations", "organizations")]
    [InlineData("enterprise", "enterprise")]
    [InlineData("rise", "rise")]
    public void British_spellings_are_folded_by_the_rules_in_the_cue_file(string british, string american) =>
        Assert.Equal(american, Spelling.American(british));

    [Fact]
    public void Every_letter_has_a_spoken_name_in_the_cue_file() =>
        Assert.Equal(25, Cues.LetterNames().Count(p => p.Value.Length > 0 && p.Key is >= 'a' and <= 'z'));

    [Fact]
    public void The_lexicon_reads_its_lists_and_shorthand_from_the_cue_file()
    {
        Assert.Contains("lexicon", Cues.ReadEmbedded(), StringComparison.Ordinal);
        Assert.Contains("stop_words", Cues.WordLists);
        Assert.Contains("other_function_phrases", Cues.PhraseLists);
        Assert.Equal(["right", "now"], Lexicon.Expansions["rn"]);
        Assert.Contains("vacation", (IReadOnlySet<string>)Lexicon.OtherFunctions);
    }

    [Fact]
    public void A_cue_phrase_from_the_file_is_found_in_a_question()
    {
        var words = new[] { "who", "founded", "google" };

        Assert.True(CueWords.Trivia.FoundIn(words));
    }
}
