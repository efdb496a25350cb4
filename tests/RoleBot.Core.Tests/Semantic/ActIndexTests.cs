using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Semantic;

public sealed class ActIndexTests
{
    private static readonly TopicMask Mask = new(KnowledgeLoader.Load());

    [Fact]
    public void Topic_words_become_one_placeholder_and_what_is_asked_stays()
    {
        Assert.Equal("how do i X a X before lunch", Mask.Mask("How do I patch a Windows server before lunch?"));
    }

    [Fact]
    public void Ownership_and_stop_words_are_never_topic_words_even_inside_a_name()
    {
        Assert.Equal("who owns X", Mask.Mask("who owns patch management"));
    }

    [Fact]
    public void A_question_that_names_no_topic_has_no_topic_free_reading()
    {
        var acts = new ActIndex(new WordCountEncoder(), [], Mask, VectorCache.Empty, new SemanticOptions());

        Assert.Null(acts.Asked("what's for lunch today?"));
        Assert.Equal("which X would you recommend", acts.Asked("which SIEM would you recommend"));
    }

    [Fact]
    public void Questions_that_ask_alike_about_different_topics_vote_alike()
    {
        ExampleQuestion[] examples =
        [
            new("who owns patch management", "ownership", "patch_management"),
            new("who owns ransomware response", "ownership", "incident_response"),
            new("which patch management tool would you recommend", ExampleQuestion.OutOfScope, null),
            new("which firewall would you recommend", ExampleQuestion.OutOfScope, null),
            new("patch management", "ownership", "patch_management") { Implied = true },
        ];
        var acts = new ActIndex(new WordCountEncoder(), examples, Mask, VectorCache.Empty, new SemanticOptions { Neighbours = 2 });

        var advice = acts.Index.Match(acts.Asked("which phishing filter would you recommend")!);
        var owner = acts.Index.Match(acts.Asked("who owns the phishing filter")!);

        Assert.True(advice.IsOutOfScope);
        Assert.Equal(ExampleQuestion.Ownership, owner.Label.Split(':')[0]);
        Assert.Equal(4, acts.Index.Examples.Count);
    }

    [Theory]
    [InlineData("who owns the marketing budget for next quarter", "next quarter")]
    [InlineData("what is the difference between a CTO and a product owner", "product owner")]
    public void A_question_declined_for_naming_another_department_or_an_uncovered_role_does_not_teach_what_may_be_asked(string declined, string marker)
    {
        ExampleQuestion[] examples =
        [
            new("who owns the security budget", "ownership", "security_budget"),
            new(declined, ExampleQuestion.OutOfScope, null),
            new("how do I increase the security budget", ExampleQuestion.OutOfScope, null),
        ];
        var acts = new ActIndex(new WordCountEncoder(), examples, Mask, VectorCache.Empty, new SemanticOptions());

        Assert.DoesNotContain(acts.Index.Examples, e => e.Text.Contains(marker, StringComparison.Ordinal));
        Assert.Equal(2, acts.Index.Examples.Count);
    }
}
