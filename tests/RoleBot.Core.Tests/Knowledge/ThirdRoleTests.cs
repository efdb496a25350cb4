using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Knowledge;

/// <summary>
/// Roles are data: a copy of the knowledge base with a Chief Data Officer added in one new YAML file is served, and
/// RoleBot answers about that role, with no change to any code.
/// </summary>
public sealed class ThirdRoleTests : IDisposable
{
    private const string ChiefDataOfficer = """
        roles:
          - id: CDO
            title: "Chief Data Officer"
            aliases: ["chief data officer", "cdo", "head of data", "data chief"]
            summary: "The CDO treats the organisation's data as an asset: how it is governed, what it is worth and who may use it."
            focus: "Getting value from data while keeping it trustworthy."
            scope: "Data governance, data quality, data products and data monetisation."
            reporting_lines: "Usually reports to the CEO or the COO."
            incident_role: "Helps judge which data an incident touched."
            sources:
              - {doc: tangled, section: "Key Differences"}

        responsibilities:
          - id: data_monetisation
            name: "Data monetisation"
            owner: CDO
            lead: [CDO]
            support: [CIO]
            summary: "The CDO decides which data products the organisation sells or shares, and on what terms."
            aliases: ["data monetisation", "data monetization", "selling our data", "data products", "data marketplace"]
            keywords: [monetisation, monetization, marketplace]
            escalation:
              - {role: CDO, action: "Take proposals to sell or share data to the CDO."}
            sources:
              - {doc: tangled, section: "Key Differences"}
        """;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("rolebot-third-role-");

    public ThirdRoleTests()
    {
        foreach (var file in KnowledgeSource.ReadEmbedded())
        {
            File.WriteAllText(Path.Combine(folder.FullName, file.Name), file.Yaml);
        }

        File.WriteAllText(Path.Combine(folder.FullName, "cdo.yml"), ChiefDataOfficer);
        var examples = Directory.CreateDirectory(Path.Combine(folder.FullName, "examples"));
        foreach (var file in ExampleSource.ReadEmbedded())
        {
            File.WriteAllText(Path.Combine(examples.FullName, file.Name), file.Content);
        }

        using var vectors = File.Create(Path.Combine(examples.FullName, ExampleSource.VectorFileName));
        ExampleSource.ReadVectors(null).Write(vectors);
    }

    private Answer Ask(string question) =>
        TestDialog.Create(new Dictionary<string, string?> { ["Knowledge:Path"] = folder.FullName }).Ask(question);

    [Fact]
    public void A_role_added_in_data_passes_validation()
    {
        var knowledge = KnowledgeLoader.Load(folder.FullName);

        Assert.Equal(["CDO", "CIO", "CISO"], knowledge.Roles.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Who owns data monetisation?")]
    [InlineData("who decides whether we sell our data?")]
    public void A_responsibility_of_the_new_role_names_it_as_owner(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal("CDO", answer.Owner?.Id);
        Assert.Equal("data_monetisation", answer.TopicId);
        Assert.Equal("CDO", answer.Escalation[0].Role);
    }

    [Theory]
    [InlineData("What does the chief data officer do?")]
    [InlineData("what's the head of data responsible for?")]
    public void The_new_role_has_a_profile_found_by_its_titles(string question)
    {
        var answer = Ask(question);

        Assert.Equal((Intent.Role, "CDO"), (answer.Intent, answer.Owner?.Id));
        Assert.Contains("Chief Data Officer", answer.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_roles_already_there_answer_as_before()
    {
        var answer = Ask("Who owns the IT budget?");

        Assert.Equal("CIO", answer.Owner?.Id);
    }

    [Fact]
    public void An_owner_that_is_not_a_role_of_roles_yml_is_refused_with_the_roles_that_are()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "cdo.yml"), ChiefDataOfficer.Replace("owner: CDO", "owner: CTO", StringComparison.Ordinal));

        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeLoader.Load(folder.FullName));

        Assert.Contains("'CTO' is not CDO, CIO, CISO or Shared", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
