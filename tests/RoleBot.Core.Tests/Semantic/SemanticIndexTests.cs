using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Semantic;

public sealed class SemanticIndexTests
{
    private static readonly ExampleQuestion[] Examples =
    [
        new("who patches the servers", "ownership", "patch_management"),
        new("who applies security patches", "ownership", "patch_management"),
        new("we got ransomware on the file server", "escalation", "ransomware"),
        new("files encrypted ransom note", "escalation", "ransomware"),
        new("what is for lunch today", ExampleQuestion.OutOfScope, null),
        new("book a meeting room for lunch", ExampleQuestion.OutOfScope, null),
    ];

    private static SemanticIndex Index(WordCountEncoder encoder) =>
        new(encoder, Examples, VectorCache.Empty, new SemanticOptions { Neighbours = 3 });

    [Fact]
    public void The_nearest_examples_label_a_question_they_share_words_with()
    {
        var match = Index(new WordCountEncoder()).Match("who patches laptops");

        Assert.Equal("ownership:patch_management", match.Label);
        Assert.True(match.Probability > 0.5);
    }

    [Fact]
    public void The_wider_neighbours_run_past_the_voters_nearest_first_and_begin_with_them()
    {
        var index = new SemanticIndex(new WordCountEncoder(), Examples, VectorCache.Empty, new SemanticOptions { Neighbours = 2, DenialNeighbours = 5 });

        var match = index.Match("who patches the file server");

        Assert.Equal(2, match.Neighbours.Count);
        Assert.Equal(5, match.Wider.Count);
        Assert.Equal(match.Neighbours, match.Wider.Take(2));
        Assert.Equal(match.Wider.OrderByDescending(n => n.Similarity), match.Wider);
    }

    [Fact]
    public void Neighbours_that_report_incidents_raise_the_incident_share()
    {
        var match = Index(new WordCountEncoder()).Match("ransomware files encrypted");

        Assert.Equal("escalation:ransomware", match.Label);
        Assert.True(match.IncidentProbability > 0.5);
        Assert.True(match.OutOfScopeProbability < 0.5);
    }

    [Fact]
    public void Neighbours_that_must_be_declined_raise_the_out_of_scope_share()
    {
        var match = Index(new WordCountEncoder()).Match("lunch today");

        Assert.True(match.IsOutOfScope);
        Assert.True(match.OutOfScopeProbability > 0.5);
    }

    [Fact]
    public void Names_and_aliases_are_left_out_of_the_asked_questions_out_of_scope_share()
    {
        ExampleQuestion[] examples =
        [
            new("server patches", "ownership", "patch_management") { Implied = true },
            new("patch management", "ownership", "patch_management") { Implied = true },
            new("how do i install server patches", ExampleQuestion.OutOfScope, null),
            new("who approves the budget", "ownership", "it_budget"),
        ];
        var index = new SemanticIndex(new WordCountEncoder(), examples, VectorCache.Empty, new SemanticOptions { Neighbours = 2 });

        var match = index.Match("install server patches");

        Assert.Equal("ownership:patch_management", match.Label);
        Assert.True(match.OutOfScopeProbability < 0.5, $"all: {match.OutOfScopeProbability}");
        Assert.True(match.AskedOutOfScopeProbability > 0.5, $"asked: {match.AskedOutOfScopeProbability}");
    }

    [Fact]
    public void Without_asked_questions_nothing_is_out_of_scope_by_the_asked_share()
    {
        ExampleQuestion[] examples = [new("patch management", "ownership", "patch_management") { Implied = true }];
        var index = new SemanticIndex(new WordCountEncoder(), examples, VectorCache.Empty, new SemanticOptions { Neighbours = 2 });

        Assert.Equal(0, index.Match("who owns patch management").AskedOutOfScopeProbability);
    }

    [Fact]
    public void Cached_vectors_spare_the_model_and_missing_ones_are_embedded_at_load()
    {
        var encoder = new WordCountEncoder();
        var cache = VectorCache.Create(encoder.ModelId, encoder.Dimensions, encoder.Embed([Examples[0].Text]).Select(v => (Examples[0].Text, v)));
        var before = encoder.Embedded;

        var index = new SemanticIndex(encoder, Examples, cache, new SemanticOptions());

        Assert.Equal(Examples.Length - 1, index.Embedded);
        Assert.Equal(Examples.Length - 1, encoder.Embedded - before);
    }

    [Fact]
    public void Leave_one_out_accuracy_labels_each_example_by_the_others()
    {
        var index = Index(new WordCountEncoder());

        Assert.InRange(index.LeaveOneOutAccuracy(), 0.5, 1.0);
    }

    [Fact]
    public void A_fresh_cache_takes_cached_vectors_as_cached_and_new_ones_as_embedded()
    {
        var encoder = new WordCountEncoder();
        var cachedVector = encoder.Embed([Examples[0].Text])[0];
        var cache = VectorCache.Create(encoder.ModelId, encoder.Dimensions, [(Examples[0].Text, cachedVector)]);
        var index = new SemanticIndex(encoder, Examples, cache, new SemanticOptions(), keepEmbedded: true);

        var written = index.Vectors(cache).ToDictionary(v => v.Text, v => v.Vector);

        Assert.True(cache.TryGet(Examples[0].Text, encoder.ModelId, out var expected));
        Assert.Equal(expected, written[Examples[0].Text]);
        Assert.Equal(encoder.Embed([Examples[1].Text])[0], written[Examples[1].Text]);
    }
}
