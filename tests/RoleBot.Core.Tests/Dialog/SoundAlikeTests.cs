using RoleBot.Core.Dialog;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Tests.Dialog;

public sealed class SoundAlikeTests
{
    private static readonly HashSet<string> Known = new(
        ["the", "who", "does", "report", "to", "i", "got", "an", "email", "we", "were", "hit", "by", "so", "what", "is", "a", "says", "board", "of", "proportion", "cisos"],
        StringComparer.Ordinal);

    private static readonly SoundAlike Hearing = new(["CIO", "CISO"], ["ransomware", "phishing", "patching", "preparation"], Known.Contains);

    private static readonly SoundAlike Spelling = new(
        ["CIO", "CISO"], [], Known.Contains, new Dictionary<char, string[]> { ['c'] = ["see"], ['i'] = ["eye"], ['o'] = ["owe", "oh"] });

    [Theory]
    [InlineData("who does the sea so report to", "who does the CISO report to")]
    [InlineData("we were hit by ransum wear", "we were hit by ransomware")]
    [InlineData("what do the sea sos do", "what do the CISOs do")]
    public void A_run_of_words_that_sounds_like_a_knowledge_base_word_is_read_as_it(string heard, string meant) =>
        Assert.Equal(meant, Hearing.Rewrite(heard));

    [Theory]
    [InlineData("who does the CISO report to")]
    [InlineData("what proportion of cisos")]
    [InlineData("the board says so")]
    [InlineData("sea, so what")]
    [InlineData("i got a fishing email")]
    public void Known_words_single_words_and_runs_broken_by_punctuation_are_left_alone(string text) =>
        Assert.Equal(text, Hearing.Rewrite(text));

    [Theory]
    [InlineData("does the see I owe report to the board", "does the CIO report to the board")]
    [InlineData("what is the see eye owes job", "what is the CIO job")]
    [InlineData("who does the C I S O report to", "who does the CISO report to")]
    public void A_role_read_out_letter_by_letter_is_read_as_the_role(string heard, string meant) =>
        Assert.Equal(meant, Spelling.Rewrite(heard));

    [Theory]
    [InlineData("and how many go to the C E O instead", "and how many go to the CEO instead")]
    [InlineData("who owns the I T budget", "who owns the IT budget")]
    [InlineData("I think A is right", "I think A is right")]
    public void Capitals_typed_one_by_one_are_read_as_one_acronym(string typed, string meant) =>
        Assert.Equal(meant, Hearing.Rewrite(typed));

    [Theory]
    [InlineData("i see a problem with you")]
    [InlineData("I owe you one")]
    [InlineData("see, I owe it")]
    public void Letter_names_that_spell_no_role_are_left_alone(string text) =>
        Assert.Equal(text, Spelling.Rewrite(text));

    [Fact]
    public void An_acronym_of_the_knowledge_base_read_out_letter_by_letter_is_read_as_it()
    {
        var spelling = new SoundAlike([], ["GDPR", "compliance"], Known.Contains,
            new Dictionary<char, string[]> { ['g'] = ["gee"], ['d'] = ["dee"], ['p'] = ["pee"], ['r'] = ["are"] });

        Assert.Equal("who owns GDPR compliance", spelling.Rewrite("who owns gee dee pee are compliance"));
        Assert.Equal("we are", spelling.Rewrite("we are"));
    }

    [Theory]
    [InlineData("what does the see so do", "what does the CISO do")]
    [InlineData("i see so many alerts", "i see so many alerts")]
    [InlineData("see so what", "see so what")]
    public void A_spoken_letter_and_a_short_word_are_a_role_only_after_a_determiner(string heard, string meant)
    {
        var hearing = new SoundAlike(["CIO", "CISO"], [], w => Known.Contains(w) || w is "see" or "many" or "alerts",
            new Dictionary<char, string[]> { ['c'] = ["see"] }, ["the", "a"]);

        Assert.Equal(meant, hearing.Rewrite(heard));
    }

    [Theory]
    [InlineData("phishing", "fishing")]
    [InlineData("ciso", "seaso")]
    [InlineData("ransomware", "ransumwear")]
    public void Sound_alike_words_share_a_key(string a, string b) =>
        Assert.Equal(SoundAlike.Key(a), SoundAlike.Key(b));

    [Fact]
    public void A_run_of_words_is_not_heard_as_a_word_that_opens_with_a_vowel_it_does_not_have()
    {
        var hearing = new SoundAlike([], ["audits", "encryption"], w => w is "a" or "who" or "owns");

        Assert.Equal("a dee doss attack", hearing.Rewrite("a dee doss attack"));
        Assert.Equal("who owns encryption", hearing.Rewrite("who owns en cryption"));
    }

    [Fact]
    public void A_pronoun_is_heard_as_itself_and_never_ends_a_roles_id()
    {
        var hearing = new SoundAlike(["CISO"], [], w => w is "my" or "account" or "i" or "signed" or "in" or "so", standalone: ["i", "my"]);

        Assert.Equal("my account says i signed in", hearing.Rewrite("my account says i signed in"));
        Assert.Equal("who is the CISO", hearing.Rewrite("who is the sis so"));
    }

    [Fact]
    public void A_key_two_knowledge_base_words_share_rewrites_to_neither()
    {
        var hearing = new SoundAlike([], ["patching", "pitching"], _ => false);

        Assert.Equal("who owns pet ching", hearing.Rewrite("who owns pet ching"));
    }

    [Theory]
    [InlineData("the fire wall is down", "the firewall is down")]
    [InlineData("someone stole my pass word", "someone stole my password")]
    [InlineData("report on board matters", "report on board matters")]
    [InlineData("we are moving to zero trust", "we are moving to zero trust")]
    public void A_compound_dictated_as_two_words_is_read_as_one_unless_a_part_is_a_linking_or_knowledge_word(string heard, string meant)
    {
        var compounds = new SoundAlike(["CIO", "CISO"], ["firewall", "password", "onboard", "zerotrust", "zero", "trust"], Known.Contains);

        Assert.Equal(meant, compounds.Rewrite(heard));
    }

    [Fact]
    public void Shorthand_and_cue_words_of_the_language_files_are_never_heard_as_a_knowledge_base_word()
    {
        var hearing = new KnowledgeSnapshot(KnowledgeLoader.Load()).SoundAlike;

        Assert.Equal("mimikatz flagged 5 min ago", hearing.Rewrite("mimikatz flagged 5 min ago"));
        Assert.Equal("who does the CISO report to", hearing.Rewrite("who does the sea so report to"));
    }

    [Theory]
    [InlineData("who does the sisso report to", "who does the CISO report to")]
    [InlineData("what is a siso", "what is a CISO")]
    [InlineData("is the cisso in charge", "is the CISO in charge")]
    public void An_unknown_word_spelled_nearly_like_a_role_and_sounding_like_it_is_the_role(string heard, string meant) =>
        Assert.Equal(meant, Hearing.Rewrite(heard));

    [Theory]
    [InlineData("who spilled sauce on the desk")]
    [InlineData("what size is it")]
    [InlineData("the board says so")]
    public void A_word_that_sounds_like_a_role_but_is_spelled_far_from_it_or_is_known_is_left_alone(string text) =>
        Assert.Equal(text, Hearing.Rewrite(text));
}
