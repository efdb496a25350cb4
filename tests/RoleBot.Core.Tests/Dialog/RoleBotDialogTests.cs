using RoleBot.Core.Answers;

namespace RoleBot.Core.Tests.Dialog;

public sealed class RoleBotDialogTests
{
    [Fact]
    public void Ownership_answer_names_owner_figures_with_sources_and_escalation()
    {
        var answer = TestDialog.Ask("Who leads incident response?");

        Assert.True(answer.Answered);
        Assert.Equal(new RoleOwner("CISO"), answer.Owner);
        Assert.Contains(answer.Statistics, s => s.Value == "80%" && s.Source.Contains("DigitalDefynd", StringComparison.Ordinal));
        Assert.NotEmpty(answer.Escalation);
        Assert.Equal(Enumerable.Range(1, answer.Escalation.Count), answer.Escalation.Select(s => s.Order));
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void A_split_responsibility_says_who_leads_and_who_supports()
    {
        var answer = TestDialog.Ask("who owns regulatory compliance");

        Assert.Equal(new RoleOwner("CISO"), answer.Owner);
        Assert.Equal(["CISO"], answer.Lead);
        Assert.Contains("CIO", answer.Support);
    }

    [Fact]
    public void Conflicting_reporting_figures_are_shown_together_with_each_source()
    {
        var answer = TestDialog.Ask("What percentage of CISOs report to the CIO?");
        var values = answer.Statistics.Select(s => s.Value).ToArray();

        Assert.Contains("64%", values);
        Assert.Contains("76%", values);
        Assert.Contains("60%", values);
        Assert.True(answer.Statistics.Where(s => s.ConflictSet is not null).Select(s => s.Source).Distinct().Count() >= 2);
        Assert.Contains("disagree", answer.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("64%", answer.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who leads the marketing team?")]
    [InlineData("Who approves my holiday leave?")]
    [InlineData("tell me a joke")]
    [InlineData("Who owns the sales pipeline?")]
    [InlineData("What's the CFO's phone number?")]
    [InlineData("My car broke down, who do I call?")]
    [InlineData("How many people like pizza?")]
    [InlineData("write me a limerick about firewalls")]
    [InlineData("who owns the marketing budget?")]
    [InlineData("who signs off on sales commission payouts")]
    [InlineData("how many sick days am I allowed")]
    [InlineData("who signs off refunds for customers?")]
    [InlineData("when does the cafeteria open?")]
    [InlineData("who was the founder of Microsoft?")]
    [InlineData("what does a CISO earn?")]
    [InlineData("can you reset my VPN password?")]
    [InlineData("in which year was the first firewall sold?")]
    [InlineData("what's a good antivirus for my home PC?")]
    [InlineData("who decides the product roadmap for our web app?")]
    [InlineData("what is 12 times 34?")]
    [InlineData("did Azure go down today?")]
    [InlineData("when is the next all hands meeting?")]
    [InlineData("who signs off the new recruiter's hiring plan? the CISO wanted to know")]
    [InlineData("is the IT team coming to the christmas drinks?")]
    public void Questions_outside_the_domain_are_declined_without_an_owner(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
        Assert.NotEmpty(answer.Summary);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Fact]
    public void A_near_miss_is_declined_with_did_you_mean_suggestions()
    {
        var answer = TestDialog.Ask("who owns penetration of the cafeteria vending machines and parking garage");

        Assert.False(answer.Answered);
        Assert.Contains(answer.Suggestions, s => s.Contains("penetration", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(answer.Suggestions.Count, 1, 3);
    }

    [Fact]
    public void Follow_ups_resolve_against_the_previous_turn()
    {
        var dialog = TestDialog.Create();

        Assert.Equal(RoleOwner.Shared, dialog.Ask("Who owns data governance?", "c1").Owner);
        var vendor = dialog.Ask("and vendor risk?", "c1");
        Assert.Equal("vendor_risk", vendor.TopicId);
        Assert.Equal(new RoleOwner("CISO"), dialog.Ask("what about threat intelligence?", "c1").Owner);

        Assert.Equal(new RoleOwner("CISO"), dialog.Ask("Who leads incident response?", "c2").Owner);
        var stats = dialog.Ask("any stats on that?", "c2");
        Assert.Equal(Intent.Statistic, stats.Intent);
        Assert.Contains(stats.Statistics, s => s.Value == "80%");
        var next = dialog.Ask("and data protection?", "c2");
        Assert.Equal((Intent.Ownership, new RoleOwner("CISO")), (next.Intent, next.Owner));
        Assert.NotEmpty(next.Statistics);

        Assert.Equal(new RoleOwner("CIO"), dialog.Ask("what does the CIO do?", "c3").Owner);
        var ciso = dialog.Ask("and the CISO?", "c3");
        Assert.Equal((Intent.Role, new RoleOwner("CISO")), (ciso.Intent, ciso.Owner));
        var reporting = dialog.Ask("who do they report to?", "c3");
        Assert.Equal(Intent.Reporting, reporting.Intent);
        Assert.Contains(reporting.Statistics, s => s.Value == "64%");
    }

    [Fact]
    public void A_follow_up_naming_the_other_role_gets_that_roles_figure_on_the_same_subject()
    {
        var dialog = TestDialog.Create();

        var cio = dialog.Ask("what share of CIOs put innovation first when adopting technology?", "c1");
        var ciso = dialog.Ask("and for the CISO?", "c1");

        Assert.Equal("72%", cio.Statistics[0].Value);
        Assert.Equal((Intent.Statistic, "69%"), (ciso.Intent, ciso.Statistics[0].Value));
    }

    [Fact]
    public void A_follow_up_that_points_back_keeps_the_subject_it_points_to()
    {
        var dialog = TestDialog.Create();

        Assert.Equal(new RoleOwner("CIO"), dialog.Ask("who chooses which SaaS vendors we sign contracts with?", "c1").Owner);
        var security = dialog.Ask("and who checks that they're secure?", "c1");

        Assert.True(security.Answered);
        Assert.Equal(new RoleOwner("CISO"), security.Owner);
    }

    [Fact]
    public void Asking_for_figures_on_a_topic_the_documents_give_none_on_says_so_and_keeps_the_owner()
    {
        var dialog = TestDialog.Create();
        dialog.Ask("who owns patching?", "c1");

        var answer = dialog.Ask("any stats on that?", "c1");

        Assert.True(answer.Answered);
        Assert.Equal(new RoleOwner("CIO"), answer.Owner);
        Assert.StartsWith("The documents give no figure on patch management", answer.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Do CISOs worry more about compliance than about losing money?", true)]
    [InlineData("Who should she contact immediately?", false)]
    public void A_question_that_names_no_task_but_fits_one_figure_gets_the_figure_unless_it_asks_for_a_person(string question, bool figure)
    {
        var lexical = TestDialog.Create(new Dictionary<string, string?> { ["Semantic:Enabled"] = "false" });

        var answer = lexical.Ask(question);

        Assert.Equal(figure, answer.Intent == Intent.Statistic);
    }

    [Fact]
    public void A_figure_asked_again_for_the_other_role_stays_a_figure_though_the_first_question_fits_a_responsibility()
    {
        var dialog = TestDialog.Create();
        dialog.Ask("quick stat for a board slide: what % of cisos directly manage cyber incidents", "c1");

        var answer = dialog.Ask("and cios?", "c1");

        Assert.Equal(Intent.Statistic, answer.Intent);
        Assert.Contains(answer.Statistics, s => s.Value == "35%");
    }

    [Fact]
    public void A_figure_asked_again_for_the_other_role_in_words_the_knowledge_base_does_not_know_is_that_roles_figure()
    {
        var dialog = TestDialog.Create();
        dialog.Ask("What share of CISOs rank regulatory compliance among their top three priorities?", "c1");

        var answer = dialog.Ask("and the equivalent figure for CIOs?", "c1");

        Assert.True(answer.Answered);
        Assert.Contains(answer.Statistics, s => s.Value == "38%");
    }

    [Fact]
    public void A_follow_up_about_the_same_role_in_words_the_knowledge_base_does_not_know_is_a_new_question()
    {
        var dialog = TestDialog.Create();
        dialog.Ask("What percent of CISOs report straight to the CEO or the board?", "c1");

        var answer = dialog.Ask("and what do those CISOs get paid on average?", "c1");

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("Who owns regulatory compliance?", "anything to back that up?")]
    [InlineData("Who leads incident response?", "which benchmark backs that?")]
    public void Asking_for_the_evidence_behind_an_answer_gives_that_answers_figures(string first, string followUp)
    {
        var dialog = TestDialog.Create();
        var owner = dialog.Ask(first, "c1");

        var answer = dialog.Ask(followUp, "c1");

        Assert.Equal((Intent.Statistic, owner.TopicId), (answer.Intent, answer.TopicId));
        Assert.NotEmpty(answer.Statistics);
    }

    [Theory]
    [InlineData("what does the CISO do during a ransomware attack", "CISO")]
    [InlineData("what does the CIO do in a data breach", "CIO")]
    public void Asking_what_one_role_does_in_an_incident_answers_with_that_roles_part(string question, string role)
    {
        var answer = TestDialog.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(role, answer.Owner?.Id);
    }

    [Fact]
    public void Asking_who_brings_in_a_party_the_previous_answers_steps_name_gives_those_steps_again()
    {
        var dialog = TestDialog.Create();
        var first = dialog.Ask("I think a colleague is copying customer data to a USB stick, who do I tell?", "c1");

        var answer = dialog.Ask("and who brings in HR?", "c1");

        Assert.Equal((Intent.Escalation, first.TopicId), (answer.Intent, answer.TopicId));
        Assert.Contains(answer.Escalation, step => step.Role == "HR");
    }

    [Fact]
    public void Asking_who_brings_in_a_party_the_previous_answer_never_named_is_not_answered_by_it()
    {
        var dialog = TestDialog.Create();
        dialog.Ask("Who owns the IT budget?", "c1");

        var answer = dialog.Ask("and who brings in HR?", "c1");

        Assert.False(answer.Answered);
    }

    [Fact]
    public void Asking_for_the_remainder_of_a_figure_gives_the_figures_on_the_same_subject()
    {
        var dialog = TestDialog.Create();
        var first = dialog.Ask("How many CISOs sit under the CIO?", "c1");

        var answer = dialog.Ask("what about the remainder?", "c1");

        Assert.Equal((Intent.Statistic, first.TopicId), (answer.Intent, answer.TopicId));
        Assert.Contains(answer.Statistics, s => s.Value == "36%");
    }

    [Fact]
    public void Asking_who_is_next_after_an_incident_answer_gives_that_incidents_playbook_again()
    {
        var dialog = TestDialog.Create();
        var first = dialog.Ask("We just got hit with ransomware, who do I contact?", "c1");

        var answer = dialog.Ask("and after that who else should be told?", "c1");

        Assert.Equal((Intent.Escalation, first.TopicId), (answer.Intent, answer.TopicId));
        Assert.NotEmpty(answer.Escalation);
    }

    [Fact]
    public void A_follow_up_the_previous_subject_cannot_answer_is_read_on_its_own_words()
    {
        var dialog = TestDialog.Create();
        dialog.Ask("Who owns the IT budget?", "c1");

        var answer = dialog.Ask("and if someone wiped my files by accident, who restores them?", "c1");

        Assert.True(answer.Answered);
        Assert.Equal("CIO", answer.Owner?.Id);
        Assert.NotEqual("it_budget", answer.TopicId);
    }

    [Theory]
    [InlineData("is the company ISO 27001 certified at the moment?")]
    [InlineData("a client asked whether we are HIPAA compliant")]
    public void A_question_only_our_own_records_can_answer_is_declined_though_it_names_a_known_topic(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
    }

    [Fact]
    public void Conversations_do_not_share_state()
    {
        var dialog = TestDialog.Create();
        dialog.Ask("Who leads incident response?", "one");

        var elsewhere = dialog.Ask("any stats on that?", "two");

        Assert.False(elsewhere.Answered);
    }

    [Fact]
    public void The_organisation_directory_names_real_people_in_answers_and_steps()
    {
        var dialog = TestDialog.Create(new Dictionary<string, string?>
        {
            ["Organization:Name"] = "Contoso",
            ["Organization:People:CISO:Name"] = "Dana Reyes",
            ["Organization:People:CISO:OnCall"] = "#sec-incidents",
            ["Organization:People:CISO:SlackUserId"] = "U123",
        });

        var answer = dialog.Ask("We just got hit with ransomware, who do I contact?");

        Assert.Equal(new RoleOwner("CISO"), answer.Owner);
        Assert.Contains("Dana Reyes", answer.Text());
        Assert.Contains("#sec-incidents", answer.Text());
        Assert.Contains(answer.Escalation, s => s.Role == "CISO" && s.Contact?.SlackUserId == "U123");
    }

    [Fact]
    public void Answers_read_well_without_a_directory()
    {
        var text = TestDialog.Ask("We just got hit with ransomware, who do I contact?").Text();

        Assert.DoesNotContain("()", text, StringComparison.Ordinal);
        Assert.DoesNotContain("at :", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_over_4000_characters_is_cut_with_a_note()
    {
        var answer = TestDialog.Ask("who owns patch management " + new string('x', 5000));

        Assert.NotNull(answer.Note);
        Assert.Contains("4,000", answer.Text());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<@U024BE7LH>")]
    public void Empty_text_gets_help(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal(Intent.Help, answer.Intent);
        Assert.Null(answer.Owner);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("🔥🔥🔥")]
    [InlineData("¿Quién es responsable de la seguridad?")]
    [InlineData("谁负责信息安全")]
    [InlineData("who owns 💾 backups ☁️?")]
    public void Odd_input_never_throws_and_gets_a_readable_answer(string question) =>
        Assert.NotEmpty(TestDialog.Ask(question).Text());

    [Fact]
    public void Escalation_playbooks_list_ordered_steps_and_who_must_be_told()
    {
        var answer = TestDialog.Ask("Who should be told about a data breach?");

        Assert.Equal(Intent.Escalation, answer.Intent);
        Assert.Equal(new RoleOwner("CISO"), answer.Owner);
        Assert.Contains(answer.Escalation, s => s.Role is "Legal" or "Compliance");
        Assert.Contains(answer.Escalation, s => s.Role == "Regulators");
    }

    [Theory]
    [InlineData("found malware on one of the file servers, who contains it?", "ransomware")]
    [InlineData("a customer spreadsheet got shared publicly by mistake, looks like a data leak", "data_breach")]
    [InlineData("our payroll supplier just told us they were breached", "vendor_compromise")]
    public void An_incident_reported_in_words_no_playbook_has_still_gets_the_playbook_that_names_it(string report, string playbook)
    {
        var answer = TestDialog.Ask(report);

        Assert.True(answer.Answered);
        Assert.Equal(Intent.Escalation, answer.Intent);
        Assert.Equal(playbook, answer.TopicId);
        Assert.NotEmpty(answer.Escalation);
    }

    [Fact]
    public void Paying_a_fake_supplier_after_a_fake_ceo_email_is_an_incident_even_in_accounts()
    {
        var answer = TestDialog.Ask("someone in accounts just paid a 'supplier' after a fake email from the CEO, omg who handles this");

        Assert.True(answer.Answered);
        Assert.Equal(Intent.Escalation, answer.Intent);
        Assert.NotEmpty(answer.Escalation);
    }

    [Fact]
    public void It_or_security_reads_as_cio_or_ciso()
    {
        var answer = TestDialog.Ask("adopting cloud securely - is that IT's job, security's job, or both?");

        Assert.Equal(Intent.Ownership, answer.Intent);
        Assert.Equal(RoleOwner.Shared, answer.Owner);
    }

    [Fact]
    public void Naming_an_incident_type_without_reporting_one_is_an_ownership_question()
    {
        var answer = TestDialog.Ask("who owns phishing awareness training?");

        Assert.Equal(Intent.Ownership, answer.Intent);
    }

    [Theory]
    [InlineData("thanks, super helpful!")]
    [InlineData("how do I use you? what kind of questions can I ask")]
    [InlineData("hi there, great bot")]
    public void Small_talk_gets_a_friendly_reply_and_no_owner(string text)
    {
        var answer = TestDialog.Ask(text);

        Assert.Equal(Intent.Help, answer.Intent);
        Assert.Null(answer.Owner);
    }

    [Theory]
    [InlineData("the sales team's CRM got breached, who do I call?")]
    public void Another_function_is_still_answered_when_technology_or_security_is_the_subject(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.True(answer.Answered);
        Assert.NotNull(answer.Owner);
    }

    [Theory]
    [InlineData("explain the CIO job to me, i'm new here and keep hearing the title", "CIO")]
    [InlineData("what's the ciso's role in plain english?", "CISO")]
    [InlineData("describe the CIO's job in plain english, my nan wants to know what my boss does", "CIO")]
    public void Asking_about_the_role_itself_gets_its_profile(string question, string role)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal((Intent.Role, role), (answer.Intent, answer.Owner?.Id));
    }

    [Fact]
    public void A_question_for_a_figure_is_not_mistaken_for_an_incident_report()
    {
        var answer = TestDialog.Ask("roughly how many companies get hit by at least one cyber attack a year");

        Assert.Equal(Intent.Statistic, answer.Intent);
        Assert.Contains(answer.Statistics, s => s.Value == "83%");
    }

    [Fact]
    public void A_long_message_is_answered_by_its_last_question_when_the_whole_cannot_be()
    {
        var answer = TestDialog.Ask("ok so long story, we're halfway through replacing a 15 year old mainframe billing system and it's over "
            + "budget. who is supposed to be judging the return on investment for projects like this?");

        Assert.True(answer.Answered);
        Assert.Equal(new RoleOwner("CIO"), answer.Owner);
    }

    [Fact]
    public void Context_about_another_function_is_not_dropped_to_answer_the_last_question()
    {
        var answer = TestDialog.Ask("We're planning the office christmas party. Who approves the budget?");

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
    }

    [Fact]
    public void Arithmetic_is_declined()
    {
        var answer = TestDialog.Ask("what's 2+2");

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
    }

    [Fact]
    public void Restoring_systems_after_an_attack_goes_to_the_cio()
    {
        var answer = TestDialog.Ask("Our main servers are down after an attack, who brings them back?");

        Assert.Equal(new RoleOwner("CIO"), answer.Owner);
        Assert.NotEmpty(answer.Escalation);
    }

    [Theory]
    [InlineData("who tests the fire alarms on the third floor?")]
    [InlineData("who hires security guards for the conference?")]
    public void The_physical_workplace_is_declined_even_when_it_says_security_or_system(string question)
    {
        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
    }

    [Fact]
    public void Comparing_the_roles_in_an_incident_is_a_comparison_not_an_incident_report()
    {
        var answer = TestDialog.Ask("in a ransomware attack, what does the CIO do versus the CISO?");

        Assert.Equal(Intent.Comparison, answer.Intent);
    }

    [Fact]
    public void An_ownership_question_that_names_no_incident_gets_no_incident_playbook()
    {
        var answer = TestDialog.Ask("who looks after backups of customer data and recovering it?");

        Assert.Equal(Intent.Ownership, answer.Intent);
        Assert.Equal(new RoleOwner("CIO"), answer.Owner);
    }

    [Fact]
    public void A_statement_about_both_roles_is_answered_as_a_comparison()
    {
        var answer = TestDialog.Ask("so the CIO grants access and the CISO restricts access?");

        Assert.Equal(Intent.Comparison, answer.Intent);
        Assert.Contains("Access mindset", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what exactly is the CISO accountable for?", "CISO")]
    [InlineData("what's a CIO's main priority day to day", "CIO")]
    public void A_role_with_no_topic_or_only_what_sets_the_roles_apart_gets_the_role_profile(string question, string role)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal((Intent.Role, role), (answer.Intent, answer.Owner?.Id));
    }

    [Fact]
    public void The_entry_named_by_the_whole_topic_beats_entries_that_only_mention_it()
    {
        var answer = TestDialog.Ask("who owns security?");

        Assert.Equal((new RoleOwner("CISO"), "security_strategy"), (answer.Owner, answer.TopicId));
    }

    [Fact]
    public void Doubting_a_general_claim_about_organisations_gets_the_figure_not_an_incident_playbook()
    {
        var answer = TestDialog.Ask("I doubt most organisations have a cyber attack every year");

        Assert.Equal(Intent.Statistic, answer.Intent);
        Assert.Contains(answer.Statistics, s => s.Value == "83%");
    }

    [Fact]
    public void A_playbook_applies_only_when_the_question_has_one_of_its_required_words()
    {
        var intruder = TestDialog.Ask("the intruder is still on our network, who leads containment");
        var outage = TestDialog.Ask("all our servers went down after the attack, who do we call?");

        Assert.Equal(new RoleOwner("CISO"), intruder.Owner);
        Assert.NotEqual("outage_after_attack", intruder.TopicId);
        Assert.Equal(("outage_after_attack", new RoleOwner("CIO")), (outage.TopicId, outage.Owner));
    }

    [Fact]
    public void A_figure_asked_for_outright_is_given_even_when_the_context_fits_a_responsibility()
    {
        var answer = TestDialog.Ask("prepping slides for the board together with my boss, need one figure: how many executives say cyber risk shapes business decisions?");

        Assert.Equal(Intent.Statistic, answer.Intent);
        Assert.Equal("68%", answer.Statistics[0].Value);
    }

    [Theory]
    [InlineData("who stops hackers breaking into our network?", "CISO")]
    [InlineData("who picks the computers new starters get?", "CIO")]
    [InlineData("who replaces our paperwork with software?", "CIO")]
    public void Everyday_words_find_the_entry_the_knowledge_base_names_otherwise(string question, string owner)
    {
        var answer = TestDialog.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(owner, answer.Owner?.Id);
    }

    [Theory]
    [InlineData("what does the see so do all day", "CISO")]
    [InlineData("the see I owe what is his job exactly", "CIO")]
    public void Dictated_role_names_are_heard_as_the_roles(string question, string role)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal(Intent.Role, answer.Intent);
        Assert.Equal(new RoleOwner(role), answer.Owner);
    }

    [Fact]
    public void A_dictated_acronym_of_the_knowledge_base_is_heard_as_it()
    {
        var answer = TestDialog.Ask("who is the owner of gee dee pee are compliance");

        Assert.Equal("regulatory_compliance", answer.TopicId);
    }

    [Fact]
    public void An_incident_asked_as_cio_or_ciso_gets_the_incident_not_a_roles_reporting_line()
    {
        var answer = TestDialog.Ask("our website is showing a defacement message, who is meant to handle this, cio or ciso?");

        Assert.Equal(Intent.Escalation, answer.Intent);
        Assert.Equal(new RoleOwner("CISO"), answer.Owner);
    }

    [Fact]
    public void An_acronym_that_only_sounds_like_a_role_gets_no_role_profile()
    {
        var lookalike = TestDialog.Ask("what does CISM stand for?");
        var role = TestDialog.Ask("what does CISO stand for?");

        Assert.False(lookalike.Answered);
        Assert.Equal(Intent.Role, role.Intent);
    }

    [Fact]
    public void A_dictated_role_the_knowledge_base_does_not_cover_is_declined_not_answered_for_the_CIO()
    {
        var spelled = TestDialog.Ask("what does the see tee oh do");
        var written = TestDialog.Ask("what does the CTO do");

        Assert.False(spelled.Answered);
        Assert.False(written.Answered);
    }

    [Fact]
    public void A_question_about_one_role_gets_that_roles_profile_and_one_comparing_both_gets_the_comparison()
    {
        var one = TestDialog.Ask("how does a CISO see company data?");
        var both = TestDialog.Ask("how do the CIO and CISO look at risk differently?");

        Assert.Equal(Intent.Role, one.Intent);
        Assert.Equal(new RoleOwner("CISO"), one.Owner);
        Assert.Equal(Intent.Comparison, both.Intent);
    }

    [Theory]
    [InlineData("which vendor risk platform would you recommend?")]
    [InlineData("what's our current helpdesk backlog this week?")]
    public void Advice_and_our_own_records_about_a_known_topic_are_declined_by_what_is_asked(string question)
    {
        var withoutTopicFreeVote = TestDialog.Create(new Dictionary<string, string?> { ["Semantic:ActDeclineProbability"] = "1.01" });

        var answer = TestDialog.Ask(question);

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
        Assert.True(withoutTopicFreeVote.Ask(question).Answered);
    }

    [Fact]
    public void Guarding_against_an_incident_is_an_ownership_question_not_an_incident_report()
    {
        var answer = TestDialog.Ask("who makes sure our customer data never leaks?");

        Assert.Equal(Intent.Ownership, answer.Intent);
        Assert.Equal(new RoleOwner("CISO"), answer.Owner);
    }

    [Fact]
    public void Pay_words_are_answered_when_technology_is_the_subject()
    {
        var answer = TestDialog.Ask("who controls which staff can open the salary spreadsheet's folder permissions?");

        Assert.True(answer.Answered);
        Assert.Equal(new RoleOwner("CISO"), answer.Owner);
    }

    [Theory]
    [InlineData("a shopper's card was skimmed at one of our tills this morning, who handles it?")]
    [InlineData("I just committed our cloud API keys to a public GitHub repo, who do I tell?")]
    public void Incidents_told_in_everyday_words_get_a_security_playbook(string report)
    {
        var answer = TestDialog.Ask(report);

        Assert.Equal(Intent.Escalation, answer.Intent);
        Assert.Equal(new RoleOwner("CISO"), answer.Owner);
        Assert.NotEmpty(answer.Escalation);
    }

    [Fact]
    public void A_request_to_do_something_is_declined_with_where_such_requests_go()
    {
        var answer = TestDialog.Ask("could you unlock my account please");

        Assert.False(answer.Answered);
        Assert.Null(answer.Owner);
        Assert.Contains("helpdesk", answer.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what is the CIO's role in compliance?", "CIO", Intent.Ownership)]
    [InlineData("what role does the CISO play in vendor management?", "CISO", Intent.Ownership)]
    [InlineData("what's the CIO's part in incident response?", "CIO", Intent.Role)]
    public void A_roles_part_in_an_area_is_its_own_responsibility_there_or_else_its_profile(string question, string role, Intent intent)
    {
        var answer = TestDialog.Ask(question);

        Assert.Equal((intent, role), (answer.Intent, answer.Owner?.Id));
    }

    [Fact]
    public void A_task_named_before_the_role_is_an_ownership_question_and_the_role_named_first_a_role_question()
    {
        var task = TestDialog.Ask("is endpoint security the CIO's job?");
        var role = TestDialog.Ask("is the CIO's job mainly about security?");

        Assert.Equal((Intent.Ownership, new RoleOwner("CISO")), (task.Intent, task.Owner));
        Assert.Equal((Intent.Role, new RoleOwner("CIO")), (role.Intent, role.Owner));
    }

    [Fact]
    public void The_odds_of_being_hit_are_a_figure_even_when_said_with_we()
    {
        var answer = TestDialog.Ask("what are the odds we get hit by a cyberattack this year? any figures?");

        Assert.Equal(Intent.Statistic, answer.Intent);
        Assert.Contains(answer.Statistics, s => s.Value == "83%");
    }

    [Fact]
    public void Asking_for_the_other_roles_figure_after_asking_for_a_number_keeps_the_first_subject()
    {
        var dialog = TestDialog.Create();

        dialog.Ask("breach response: CIO or CISO?", "c1");
        dialog.Ask("any numbers on that?", "c1");
        var cio = dialog.Ask("and the CIO's?", "c1");

        Assert.Equal(Intent.Statistic, cio.Intent);
        Assert.Equal("35%", cio.Statistics[0].Value);
    }

    [Fact]
    public void An_incident_told_without_incident_words_gets_the_playbook_its_phrases_fit()
    {
        var answer = TestDialog.Ask("our customer database was just dumped on a paste site, who handles that?");

        Assert.Equal((Intent.Escalation, "data_breach"), (answer.Intent, answer.TopicId));
    }

    [Fact]
    public void Restoring_from_backups_after_ransomware_is_the_cios_task_though_the_incident_is_the_cisos()
    {
        var restore = TestDialog.Ask("ransomware locked the shared drives and we must restore them from backups, who signs that off?");
        var call = TestDialog.Ask("ransomware locked the shared drives, who do I call?");

        Assert.Equal(new RoleOwner("CIO"), restore.Owner);
        Assert.Equal((new RoleOwner("CISO"), "ransomware"), (call.Owner, call.TopicId));
    }

    [Theory]
    [InlineData("left my work phone in a taxi last night", "data_breach")]
    [InlineData("there's a crypto miner running on one of our VMs", "ransomware")]
    public void Incidents_in_everyday_words_are_escalated(string report, string playbook)
    {
        var answer = TestDialog.Ask(report);

        Assert.Equal((Intent.Escalation, playbook), (answer.Intent, answer.TopicId));
    }

    [Fact]
    public void Which_of_the_two_is_more_something_is_a_comparison()
    {
        var answer = TestDialog.Ask("who is more risk-averse, the CISO or the CIO?");

        Assert.Equal(Intent.Comparison, answer.Intent);
    }
}
