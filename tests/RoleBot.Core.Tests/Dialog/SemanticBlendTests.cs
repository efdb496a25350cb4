using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Dialog;

/// <summary>The lexical and semantic readings together, through the dialog as the host composes it.</summary>
public sealed class SemanticBlendTests
{
    private static readonly IRoleBotDialog LexicalOnly = TestDialog.Create(new Dictionary<string, string?> { ["Semantic:Enabled"] = "false" });

    /// <summary>The embedded knowledge base's reading of questions, for the rules that take an analysed question.</summary>
    private static readonly QueryAnalyzer Analyzer = new RoleBot.Core.Knowledge.KnowledgeSnapshot(RoleBot.Core.Knowledge.KnowledgeLoader.Load()).Analyzer;

    [Theory]
    [InlineData("Who commissions pen testing?", "CISO")]
    [InlineData("someones spraying passwords at the vpn right now", "CISO")]
    public void The_examples_nearest_in_meaning_answer_what_the_lexical_reading_alone_gets_wrong(string question, string owner)
    {
        var lexical = LexicalOnly.Ask(question);
        var blended = TestDialog.Ask(question);

        Assert.NotEqual((lexical.Intent, lexical.TopicId), (blended.Intent, blended.TopicId));
        Assert.True(blended.Answered);
        Assert.Equal(owner, blended.Owner?.ToString());
    }

    [Theory]
    [InlineData("What does the IT director do?", "CIO")]
    [InlineData("what does the VP of IT do all day", "CIO")]
    [InlineData("what is the head of information security accountable for?", "CISO")]
    public void Every_title_roles_yml_gives_a_role_is_read_as_that_role(string question, string role)
    {
        var answer = LexicalOnly.Ask(question);

        Assert.Equal((Intent.Role, role), (answer.Intent, answer.Owner?.Id));
    }

    [Theory]
    [InlineData("who refunds my train ticket")]
    [InlineData("the parking barrier is stuck again")]
    [InlineData("recommend a password manager for my family")]
    public void Messages_whose_neighbours_must_be_declined_get_no_owner(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
    }

    [Theory]
    [InlineData("can you help me draft a cover letter for a CISO job", false)]
    [InlineData("what can you help me with?", true)]
    [InlineData("can you help me?", true)]
    public void A_request_for_help_with_something_else_is_declined_while_asking_what_RoleBot_does_is_answered(string question, bool help)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal(help, answer.Intent == Intent.Help);
        Assert.Equal(help, answer.Answered);
    }

    [Theory]
    [InlineData("my screen went black and a skull appeared")]
    public void A_declined_message_that_reads_like_an_incident_still_says_where_to_report_one(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
        Assert.Equal("CISO", answer.Escalation[0].Role);
        Assert.Contains("security incident", answer.Summary, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Suggestions);
        Assert.All(answer.Suggestions, s => Assert.Equal(Intent.Escalation, TestDialog.Ask(s).Intent));
    }

    [Fact]
    public void The_incident_decline_names_the_organisations_on_call_for_the_security_team()
    {
        var dialog = TestDialog.Create(new Dictionary<string, string?>
        {
            ["Organization:Name"] = "Contoso",
            ["Organization:People:CISO:Name"] = "Dana Reyes",
            ["Organization:People:CISO:OnCall"] = "#sec-incidents",
        });

        var answer = dialog.Ask("my screen went black and a skull appeared");

        Assert.Contains("Dana Reyes, on-call #sec-incidents", answer.Summary, StringComparison.Ordinal);
        Assert.Equal("Dana Reyes", answer.Escalation[0].Contact?.Name);
    }

    [Theory]
    [InlineData("browser extension half the team installed is stealing session cookies. who leads", "CISO")]
    public void An_incident_no_playbook_names_gets_the_incident_its_neighbours_point_to(string question, string owner)
    {
        var answer = TestDialog.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(Intent.Escalation, answer.Intent);
        Assert.Equal(owner, answer.Owner?.Id);
        Assert.NotEmpty(answer.Escalation);
    }

    [Theory]
    [InlineData("How do I cook pasta?")]
    [InlineData("who won the football game last night?")]
    public void An_out_of_scope_question_with_no_incident_signal_stays_a_plain_decline(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Escalation);
        Assert.DoesNotContain("report it right away", answer.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lexical_answer_sure_enough_is_given_as_the_lexical_reading_gives_it()
    {
        var lexical = LexicalOnly.Ask("Who owns patch management?");
        var blended = TestDialog.Ask("Who owns patch management?");

        Assert.True(lexical.Confidence >= 0.7);
        Assert.Equal((lexical.Intent, lexical.TopicId, lexical.Owner, lexical.Confidence, lexical.Summary), (blended.Intent, blended.TopicId, blended.Owner, blended.Confidence, blended.Summary));
    }

    [Fact]
    public void A_close_paraphrase_of_a_figure_question_gets_the_figure_even_over_a_sure_lexical_answer()
    {
        const string question = "about what percentage of CIOs are hands-on while a breach is unfolding?";
        var lexical = LexicalOnly.Ask(question);

        var blended = TestDialog.Ask(question);

        Assert.True(lexical.Confidence >= 0.7);
        Assert.NotEqual(Intent.Statistic, lexical.Intent);
        Assert.Equal(Intent.Statistic, blended.Intent);
        Assert.Contains("35%", blended.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_near_copy_of_a_figure_question_on_another_entry_gets_that_entrys_figure_over_a_sure_lexical_one()
    {
        const string question = "My boss said some CISOs report straight to the CEO or the board. Roughly how many, according to the numbers?";
        var lexical = LexicalOnly.Ask(question);

        var blended = TestDialog.Ask(question);

        Assert.True(lexical.Confidence >= 0.7);
        Assert.Equal(Intent.Statistic, lexical.Intent);
        Assert.NotEqual("reporting_lines", lexical.TopicId);
        Assert.Equal((Intent.Statistic, "reporting_lines"), (blended.Intent, blended.TopicId));
    }

    [Fact]
    public void A_plain_ownership_question_is_not_declined_because_some_neighbours_ask_for_the_thing_itself()
    {
        var answer = TestDialog.Ask("The incident playbook that's meant to exist *before* anything goes wrong - does one exec own writing that, or is it joint?");

        Assert.True(answer.Answered);
        Assert.Equal("incident_response_planning", answer.TopicId);
    }

    [Fact]
    public void An_outage_said_not_to_be_an_attack_is_read_by_the_neighbours_that_deny_an_attack_too()
    {
        var answer = TestDialog.Ask("warehouse network crawling since lunch, no sign of an attack, who do i escalate to");

        Assert.Equal((Intent.Escalation, "CIO"), (answer.Intent, answer.Owner?.Id));
    }

    [Fact]
    public void A_sure_lexical_entry_some_neighbours_share_stays_against_a_near_copy_of_a_neighbouring_entry()
    {
        var dialog = new ServiceCollection().AddRoleBotCore(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<RoleBotDialog>();

        var explanation = dialog.Explain("who owns incident response?");

        Assert.Equal("ownership:incident_response_planning", explanation.Match?.Label);
        Assert.Equal(("incident_response", "CISO"), (explanation.Final.TopicId, explanation.Final.Owner?.Id));
    }

    [Fact]
    public void A_close_paraphrase_never_turns_a_question_about_one_named_role_into_a_comparison_of_both()
    {
        var answer = TestDialog.Ask("what part does the CIO play in regulatory compliance?");

        Assert.Equal((Intent.Role, "CIO"), (answer.Intent, answer.Owner?.Id));
    }

    [Theory]
    [InlineData("how much parental leave does the CIO get?")]
    [InlineData("can you set up a lunch with our CISO on friday")]
    public void A_question_that_asks_something_out_of_scope_about_a_role_is_declined(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
    }

    [Theory]
    [InlineData("How do I set up multi-factor authentication on my phone?")]
    [InlineData("How long should my password be, and how often should I change it?")]
    public void A_how_to_about_a_topic_the_knowledge_base_names_is_declined_when_the_questions_near_it_are_declined(string question)
    {
        var lexical = LexicalOnly.Ask(question);
        var answer = TestDialog.Ask(question);

        Assert.True(lexical.Answered, "the lexical reading alone answers it, so the test shows what the vote adds");
        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
    }

    [Theory]
    [InlineData("what does CISO stand for?", Intent.Role)]
    [InlineData("What's the difference between a CIO and a CISO?", Intent.Comparison)]
    public void A_question_about_a_role_itself_is_not_declined_for_what_is_left_without_the_role(string question, Intent intent)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal((true, intent), (answer.Answered, answer.Intent));
    }

    [Theory]
    [InlineData("in a nutshell what is a chief digital officer for")]
    [InlineData("who does the CTO usually report to")]
    public void A_question_about_a_role_the_knowledge_base_does_not_cover_is_declined(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
    }

    [Fact]
    public void A_covered_role_named_beside_an_uncovered_one_is_still_answered()
    {
        var answer = TestDialog.Ask("is the CISO usually under the CIO or the CTO?");

        Assert.True(answer.Answered);
    }

    [Fact]
    public void Explain_shows_the_neighbours_nearest_first_and_the_answer_the_dialog_gives()
    {
        var dialog = new ServiceCollection().AddRoleBotCore(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<RoleBotDialog>();
        const string question = "who's in charge of patching our servers";

        var explanation = dialog.Explain(question);

        var match = Assert.IsType<RoleBot.Core.Semantic.SemanticMatch>(explanation.Match);
        Assert.Equal(10, match.Neighbours.Count);
        Assert.Equal(match.Neighbours.OrderByDescending(n => n.Similarity).Select(n => n.Example.Text), match.Neighbours.Select(n => n.Example.Text));
        Assert.Equal(match.Similarity, match.Neighbours[0].Similarity, 5);
        var asked = dialog.Ask(question);
        Assert.Equal((asked.Intent, asked.TopicId, asked.Owner), (explanation.Final.Intent, explanation.Final.TopicId, explanation.Final.Owner));
    }

    [Fact]
    public void A_sentence_model_that_cannot_run_leaves_the_lexical_reading_instead_of_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("rolebot-broken-vectors-");
        try
        {
            foreach (var file in RoleBot.Core.Knowledge.KnowledgeSource.ReadEmbedded())
            {
                File.WriteAllText(Path.Combine(folder.FullName, file.Name), file.Yaml);
            }

            Directory.CreateDirectory(Path.Combine(folder.FullName, "examples"));
            File.WriteAllBytes(Path.Combine(folder.FullName, "examples", "vectors.bin"), [1, 2, 3, 4, 5, 6, 7, 8]);
            var dialog = TestDialog.Create(new Dictionary<string, string?> { ["Knowledge:Path"] = folder.FullName });
            var lexical = LexicalOnly.Ask("who refunds my train ticket");

            var answer = dialog.Ask("who refunds my train ticket");

            Assert.Equal((lexical.Answered, lexical.Intent, lexical.Summary), (answer.Answered, answer.Intent, answer.Summary));
            Assert.Equal("CIO", dialog.Ask("Who owns the IT budget?").Owner?.Id);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(0.55, true)]
    [InlineData(0.40, false)]
    public void The_lexical_entry_stands_when_the_neighbours_weigh_it_about_as_much_as_the_one_they_lean_to(double breachSimilarity, bool stands)
    {
        var outage = new ExampleQuestion("prod db went dark after the attack, who brings it back", "escalation", "outage_after_attack");
        var breach = new ExampleQuestion("prod db is sending data to an unknown ip, who do i page", "escalation", "data_breach");
        var match = new SemanticMatch(outage.Label, 1, 0.56, 1, 0) { Neighbours = [new(outage, 0.56), new(breach, breachSimilarity)] };
        Answer Reading(string topic) => new() { Answered = true, Intent = Intent.Escalation, Summary = topic, TopicId = topic };

        Assert.Equal(stands, RoleBotDialog.NeighboursAlsoChoose(match, Reading("data_breach"), Reading("outage_after_attack"), new SemanticOptions()));
    }

    [Theory]
    [InlineData("site slow since the release, it's our deploy, not a ddos. who owns uptime", true, "ownership:system_uptime")]
    [InlineData("site slow and it looks like a ddos. who owns uptime", false, null)]
    public void A_question_that_denies_an_attack_is_labelled_by_the_neighbours_that_report_none(string question, bool denies, string? label)
    {
        var ddos = new ExampleQuestion("main site slow, traffic spike, looks like ddos. whos in charge", "escalation", "incident_response");
        var ddos2 = new ExampleQuestion("were getting ddos'd, site crawling. who do i escalate to", "escalation", "incident_response");
        var uptime = new ExampleQuestion("whos accountable for system uptime, site was down 4 hrs", "ownership", "system_uptime");
        var slow = new ExampleQuestion("who is responsible for system uptime? our app was slow yesterday", "ownership", "system_uptime");
        var match = new SemanticMatch(ddos.Label, 1, 0.73, 1, 0) { Neighbours = [new(ddos, 0.73), new(ddos2, 0.68), new(uptime, 0.60), new(slow, 0.58)] };
        var query = Analyzer.Analyze(question);

        Assert.Equal(denies, query.Denied.Contains(true));
        Assert.Equal(label, RoleBotDialog.LabelOfLikeDenials(Analyzer, query, match, new SemanticOptions()));
    }

    [Fact]
    public void Neighbours_that_deny_an_attack_as_the_question_does_outweigh_nearer_ones_that_do_not()
    {
        var attack = new ExampleQuestion("network crawling, security thinks it is a denial of service attack, who takes charge", "escalation", "incident_response");
        var erp = new ExampleQuestion("the ERP has been down for two hours and there's no sign of an attack, who do I escalate to", "escalation", "erp");
        var outage = new ExampleQuestion("our portal is offline, no indication of an attack, who should I notify", "escalation", "outage_after_attack");
        var outage2 = new ExampleQuestion("core switch died, not security related, who owns this", "escalation", "outage_after_attack");
        var match = new SemanticMatch(attack.Label, 1, 0.63, 1, 0) { Neighbours = [new(attack, 0.63), new(outage, 0.56), new(erp, 0.55), new(outage2, 0.5)] };

        var label = RoleBotDialog.LabelOfLikeDenials(Analyzer, Analyzer.Analyze("network crawling, no sign of an attack, who do i escalate to"), match, new SemanticOptions());

        Assert.Equal("escalation:outage_after_attack", label);
    }

    [Fact]
    public void A_sure_incident_report_is_not_declined_while_its_neighbours_lean_to_incidents()
    {
        var declineAtAnyShare = TestDialog.Create(new Dictionary<string, string?>
        {
            ["Semantic:FastPathDeclineProbability"] = "0",
            ["Semantic:AskedDeclineProbability"] = "0",
        });

        var answer = declineAtAnyShare.Ask("we got hit by ransomware, who do I call?");

        Assert.True(answer.Answered);
        Assert.Equal(Intent.Escalation, answer.Intent);
    }

    [Theory]
    [InlineData("what is the CISO accountable for where governance is concerned?", "CISO")]
    [InlineData("in terms of governance what is the CISO accountable for", "CISO")]
    public void A_question_worded_all_but_like_an_example_about_the_role_it_names_gets_that_role_not_a_topic_of_its_other_words(string question, string role)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal((Intent.Role, role), (answer.Intent, answer.Owner?.Id));
    }

    [Theory]
    [InlineData("what is this tool good for")]
    [InlineData("can this tool help me")]
    public void A_question_about_the_bot_itself_gets_help_though_a_word_of_it_names_an_entry(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal(Intent.Help, answer.Intent);
        Assert.Null(answer.Owner);
    }

    [Theory]
    [InlineData(0.50, true)]
    [InlineData(0.85, false)]
    public void A_sure_lexical_entry_gives_way_only_when_the_neighbours_agreeing_on_another_all_but_ignore_it(double phishingSimilarity, bool givesWay)
    {
        var dns = new ExampleQuestion("DNS broken nothing resolves internally. who do i page", "escalation", "service_outage");
        var dns2 = new ExampleQuestion("dns change went wrong n half our internal apps dont resolve. who do i tell", "escalation", "service_outage");
        var hijack = new ExampleQuestion("dns got hijacked, traffic going to a fake login page. who owns this rn", "escalation", "phishing");
        var match = new SemanticMatch(dns.Label, 1, 0.91, 1, 0, null, 1) { Neighbours = [new(dns, 0.91), new(dns2, 0.65), new(hijack, phishingSimilarity)] };
        var phishing = new Answer { Answered = true, Intent = Intent.Escalation, Summary = "phishing", TopicId = "phishing" };
        var question = Analyzer.Analyze("dns seems broken, internal sites not resolving. who do i page");
        var plain = Analyzer.Analyze("dns seems broken, internal sites wont resolve. who do i page");

        Assert.Equal(givesWay, RoleBotDialog.NeighboursIgnoreTheLexicalEntry(plain, match, phishing, new SemanticOptions()));
        Assert.False(RoleBotDialog.NeighboursIgnoreTheLexicalEntry(question, match, phishing, new SemanticOptions()));
        Assert.False(RoleBotDialog.NeighboursIgnoreTheLexicalEntry(plain, match, phishing with { Intent = Intent.Ownership }, new SemanticOptions()));
        Assert.False(RoleBotDialog.NeighboursIgnoreTheLexicalEntry(plain, match with { LabelProbability = 0.5 }, phishing, new SemanticOptions()));
    }

    [Theory]
    [InlineData(1.0, "escalation:service_outage")]
    [InlineData(0.0, null)]
    public void Neighbours_that_deny_an_attack_are_looked_for_beyond_the_voters_only_for_a_report_read_as_an_incident(double incidentShare, string? label)
    {
        var voters = Enumerable.Range(0, 3)
            .Select(i => new Neighbour(new ExampleQuestion($"files on the shared drive renamed to .locked {i}, ransom note, who do i call", "escalation", "ransomware"), 0.65 - (0.01 * i)))
            .ToArray();
        var down = new Neighbour(new ExampleQuestion("whole email system is down. not an attack, just broken. who do i escalate to", "escalation", "service_outage"), 0.5);
        var down2 = new Neighbour(new ExampleQuestion("core switch died, no sign of attack. who do i ping", "escalation", "service_outage"), 0.48);
        var match = new SemanticMatch("escalation:ransomware", 1, 0.65, incidentShare, 0) { Neighbours = voters, Wider = [.. voters, down, down2] };
        var query = Analyzer.Analyze("shared drive unreachable for the whole office. not a hack afaik just broken. who do i ping");

        Assert.Equal(label, RoleBotDialog.LabelOfLikeDenials(Analyzer, query, match, new SemanticOptions()));
    }

    [Theory]
    [InlineData(0.84, 1.0, 0.0, true)]
    [InlineData(0.79, 1.0, 0.0, false)]
    [InlineData(0.84, 0.9, 0.0, false)]
    [InlineData(0.84, 1.0, 0.1, false)]
    public void A_paraphrase_with_the_whole_vote_on_one_entry_is_that_entrys_question(double similarity, double entryShare, double outOfScope, bool onlyNearOne)
    {
        var match = new SemanticMatch("statistic:reporting_lines", 1 - outOfScope, similarity, 0, outOfScope, null, entryShare);

        Assert.Equal(onlyNearOne, RoleBotDialog.OnlyNearOneEntry(match, new SemanticOptions()));
        Assert.False(RoleBotDialog.OnlyNearOneEntry(match with { Label = "out_of_scope" }, new SemanticOptions()));
    }

    [Theory]
    [InlineData("who writes the breach disclosure, lawyers want a draft today", 0.0, true)]
    [InlineData("write me the breach disclosure, lawyers want a draft today", 0.0, false)]
    [InlineData("who writes the breach disclosure, lawyers want a draft today", 0.1, false)]
    public void A_question_for_a_person_among_neighbours_none_of_which_is_declined_asks_for_an_owner(string question, double outOfScope, bool asksForAnOwner)
    {
        var match = new SemanticMatch("ownership:breach_disclosure", 1 - outOfScope, 0.75, 0, outOfScope, null, 1 - outOfScope);

        Assert.Equal(asksForAnOwner, RoleBotDialog.AsksForAPersonNoNeighbourDeclines(Analyzer.Analyze(question), match, new SemanticOptions()));
    }
}
