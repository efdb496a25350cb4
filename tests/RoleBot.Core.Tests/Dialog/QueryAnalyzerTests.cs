using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Tests.Dialog;

public sealed class QueryAnalyzerTests
{
    private static readonly QueryAnalyzer Analyzer = new KnowledgeSnapshot(KnowledgeLoader.Load()).Analyzer;

    [Theory]
    [InlineData("who handels incident responce", "response")]
    [InlineData("who owns vulnerabilty managment", "vulnerability")]
    public void Analyze_corrects_typos_against_the_knowledge_vocabulary(string question, string corrected)
    {
        var query = Analyzer.Analyze(question);
        Assert.Contains(corrected, query.Words);
        Assert.True(query.Corrections > 0);
    }

    [Theory]
    [InlineData("what share of security chiefs report to the board", "CISO")]
    [InlineData("do heads of security sit under the CEO", "CISO")]
    [InlineData("what do IT directors do all day", "CIO")]
    public void Analyze_reads_a_role_title_in_the_plural_as_the_role(string question, string role) =>
        Assert.Equal([new RoleOwner(role)], Analyzer.Analyze(question).Roles);

    [Theory]
    [InlineData("how much leave does the head of IT security get", "how much leave does the X get")]
    [InlineData("CIO vs CISOs budgets", "X vs X budgets")]
    [InlineData("who owns patching", "who owns patching")]
    public void Analyze_keeps_the_words_with_each_named_role_replaced_by_one_placeholder(string question, string roleFree)
    {
        Assert.Equal(roleFree, string.Join(' ', Analyzer.Analyze(question).RoleFreeWords));
    }

    [Theory]
    [InlineData("office wifi is out, no security thing, just an outage", "security")]
    [InlineData("erp crashed, doesn't look like a hack", "hack")]
    [InlineData("no sign of ransomware, the servers are just down", "ransomware")]
    [InlineData("the portal is offline, no indication of an attack", "attack")]
    public void Analyze_takes_a_denied_security_word_out_of_the_topic(string question, string denied)
    {
        var query = Analyzer.Analyze(question);
        Assert.DoesNotContain(Stemmer.Stem(denied), query.Terms);
        Assert.Contains(true, query.Denied);
    }

    [Theory]
    [InlineData("not sure if it's phishing, who do I tell", "phishing")]
    [InlineData("never clicked the phishing link but the laptop is acting up", "phishing")]
    [InlineData("the network is not down, but we found ransomware", "ransomware")]
    public void Analyze_keeps_a_security_word_no_denial_reaches(string question, string word)
    {
        var query = Analyzer.Analyze(question);
        Assert.Contains(Stemmer.Stem(word), query.Terms);
        Assert.DoesNotContain(true, query.Denied);
    }

    [Fact]
    public void Analyze_does_not_bend_unknown_short_words_into_topics()
    {
        var query = Analyzer.Analyze("how do I cook pasta");
        Assert.Contains("pasta", query.Words);
        Assert.Equal(0, query.Corrections);
    }

    [Theory]
    [InlineData("marketing wants a new slack plugin", "slack")]
    [InlineData("who approves my holiday leave", "leave")]
    [InlineData("a usb stick", "stick")]
    [InlineData("security review before launch", "launch")]
    public void Analyze_leaves_real_five_letter_words_alone(string question, string word)
    {
        var query = Analyzer.Analyze(question);
        Assert.Contains(word, query.Words);
    }

    [Fact]
    public void Analyze_prefers_the_correction_the_knowledge_base_uses_most_between_equally_near_words()
    {
        var query = Analyzer.Analyze("gdpr compliane");
        Assert.Contains("compliance", query.Words);
    }

    [Theory]
    [InlineData("which exec is accountable for IT governance", "execut")]
    [InlineData("which team handles patching", "team")]
    public void Analyze_leaves_the_noun_after_which_out_of_the_topic(string question, string framing)
    {
        var query = Analyzer.Analyze(question);
        Assert.DoesNotContain(framing, query.Terms);
    }

    [Theory]
    [InlineData("the warehouse cant ship orders", "can not")]
    [InlineData("whos responsible for patching", "who is")]
    [InlineData("im not sure who owns dlp", "i am")]
    public void Analyze_expands_contractions_typed_without_an_apostrophe(string question, string expanded)
    {
        var query = Analyzer.Analyze(question);
        Assert.Contains(expanded, string.Join(' ', query.Words), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who updates the IR plan", "incident response")]
    [InlineData("db server acting up rn", "database server acting up right now")]
    public void Analyze_expands_chat_abbreviations(string question, string expanded)
    {
        var query = Analyzer.Analyze(question);
        Assert.Contains(expanded, string.Join(' ', query.Words), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_drops_short_bare_numbers_from_the_topic()
    {
        var query = Analyzer.Analyze("what's 2+2");
        Assert.Empty(query.Terms);
    }

    [Fact]
    public void Analyze_finds_roles_by_abbreviation_and_full_title()
    {
        var query = Analyzer.Analyze("does the chief information security officer report to the CIO");
        Assert.Equal([new RoleOwner("CISO"), new RoleOwner("CIO")], query.Roles);
        Assert.DoesNotContain("chief", query.Terms);
    }

    [Fact]
    public void Analyze_keeps_IT_before_a_department_word_and_drops_the_pronoun()
    {
        Assert.Contains("it", Analyzer.Analyze("who owns the it budget").Terms);
        Assert.DoesNotContain("it", Analyzer.Analyze("who owns it").Terms);
    }

    [Fact]
    public void Analyze_folds_british_spellings_and_expands_abbreviations()
    {
        var british = Analyzer.Analyze("who prioritises modernisation of the infra");
        var american = Analyzer.Analyze("who prioritizes modernization of the infrastructure");
        Assert.Equal(american.Terms, british.Terms);
    }

    [Fact]
    public void Analyze_leaves_ownership_verbs_out_of_the_topic()
    {
        var query = Analyzer.Analyze("who is responsible for and in charge of penetration testing");
        Assert.Equal(["penetr", "test"], query.Terms);
    }

    [Theory]
    [InlineData("who owns the security budget, not the IT budget", "it")]
    [InlineData("who vets vendor security rather than the contracts", "contract")]
    [InlineData("who runs threat hunting (as opposed to the helpdesk)", "helpdesk")]
    public void Analyze_leaves_what_the_question_sets_aside_out_of_the_topic(string question, string setAside)
    {
        var query = Analyzer.Analyze(question);

        Assert.DoesNotContain(setAside, query.Terms);
        Assert.NotEmpty(query.Terms);
    }

    [Fact]
    public void Analyze_reads_a_contracted_not_as_part_of_a_question()
    {
        var query = Analyzer.Analyze("isn't the CISO the one who configures firewalls?");

        Assert.Contains(Stemmer.Stem("firewalls"), query.Terms);
    }

    [Theory]
    [InlineData("who approves new laptops, IT or security?")]
    [InlineData("who approves new laptops - security or IT")]
    public void Analyze_reads_it_or_security_at_the_end_as_a_choice_of_sides_not_a_topic(string question)
    {
        var query = Analyzer.Analyze(question);

        Assert.Equal([Stemmer.Stem("laptops")], query.ContentTerms);
    }

    [Fact]
    public void Analyze_finds_roles_by_informal_titles()
    {
        Assert.Equal([new RoleOwner("CISO"), new RoleOwner("CIO")], Analyzer.Analyze("does our head of security report to the head of IT").Roles);
        Assert.Equal([new RoleOwner("CISO")], Analyzer.Analyze("the head of IT security").Roles);
        Assert.Equal([new RoleOwner("CIO"), new RoleOwner("CISO")], Analyzer.Analyze("why do the IT boss and the security boss argue").Roles);
        Assert.Equal([new RoleOwner("CISO")], Analyzer.Analyze("what does a security chief earn").Roles);
    }

    [Fact]
    public void Analyze_searches_an_everyday_phrase_under_the_knowledge_bases_own_words_instead()
    {
        var query = Analyzer.Analyze("when hackers break in");

        Assert.Contains(Stemmer.Stem("threats"), query.Terms);
        Assert.Contains(Stemmer.Stem("intrusion"), query.Terms);
        Assert.DoesNotContain(Stemmer.Stem("break"), query.Terms);
    }
}
