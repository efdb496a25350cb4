using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Tests.Dialog;

public sealed class IntentClassifierTests
{
    private static readonly QueryAnalyzer Analyzer = new KnowledgeSnapshot(KnowledgeLoader.Load()).Analyzer;

    [Theory]
    [InlineData("Is our company ISO 27001 certified yet?", true)]
    [InlineData("did we pass the SOC 2 audit this year? a prospect is asking", true)]
    [InlineData("a client wants to know if we're HIPAA compliant", true)]
    [InlineData("dropped my own phone in the toilet, does the company replace it?", true)]
    [InlineData("are we required to report the breach to the regulator?", false)]
    [InlineData("who makes sure we are HIPAA compliant?", false)]
    [InlineData("do we have a figure on boards briefed by the CISO?", false)]
    [InlineData("are we hacked? files are encrypted", false)]
    [InlineData("is the CISO responsible for our ISO certification?", false)]
    [InlineData("who owns our ISO 27001 certification?", false)]
    [InlineData("if we have a notifiable data incident, which executive writes the disclosure?", false)]
    public void A_yes_or_no_question_about_our_own_organisation_is_told_from_one_about_an_owner(string question, bool aboutUs) =>
        Assert.Equal(aboutUs, IntentClassifier.AsksAboutOurOwnState(Analyzer.Analyze(question)));

    [Theory]
    [InlineData("who owns patch management?", Intent.Ownership)]
    [InlineData("vendor risk: CIO or CISO?", Intent.Ownership)]
    [InlineData("what percentage of CISOs report to the CIO?", Intent.Statistic)]
    [InlineData("we just got hit with ransomware, who do I call?", Intent.Escalation)]
    [InlineData("I clicked a link in a weird email", Intent.Escalation)]
    [InlineData("who does the CIO report to?", Intent.Reporting)]
    [InlineData("what is the reporting structure for security?", Intent.Reporting)]
    [InlineData("who handles the reporting after a breach", Intent.Ownership)]
    [InlineData("what does a CISO do?", Intent.Role)]
    [InlineData("can a CISO become a CIO?", Intent.Role)]
    [InlineData("how do CIOs and CISOs differ on risk?", Intent.Comparison)]
    [InlineData("CIO vs CISO", Intent.Comparison)]
    [InlineData("hello", Intent.Help)]
    [InlineData("thanks a lot!", Intent.Help)]
    [InlineData("what can you do?", Intent.Help)]
    [InlineData("", Intent.Help)]
    public void Classify_reads_the_intent_from_cue_words(string question, Intent expected) =>
        Assert.Equal(expected, IntentClassifier.Classify(Analyzer.Analyze(question)).Intent);

    [Theory]
    [InlineData("and vendor risk?")]
    [InlineData("what about threat intelligence?")]
    [InlineData("any stats on that?")]
    public void Classify_marks_follow_ups(string question) =>
        Assert.True(IntentClassifier.Classify(Analyzer.Analyze(question)).IsFollowUp);

    [Fact]
    public void Classify_does_not_take_a_plain_question_for_a_follow_up() =>
        Assert.False(IntentClassifier.Classify(Analyzer.Analyze("who owns threat intelligence")).IsFollowUp);
}
