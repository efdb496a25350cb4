using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Semantic;

/// <summary>The real model, unpacked into a scratch folder of its own so nothing here touches the user's copy.</summary>
public sealed class MiniLmSentenceEncoderTests : IDisposable
{
    private const string Sentence = "who leads the response when ransomware hits?";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("rolebot-model-");

    [Fact]
    public void The_optimised_graph_saved_for_a_quick_start_gives_the_vectors_the_model_gives()
    {
        using var model = new MiniLmSentenceEncoder(1, folder.FullName);
        var fromModel = model.Embed([Sentence])[0];
        Assert.Empty(folder.GetFiles("*.ort"));

        using var first = new MiniLmSentenceEncoder(1, folder.FullName, prepackWeights: false);
        first.Embed([Sentence]);
        using var second = new MiniLmSentenceEncoder(1, folder.FullName, prepackWeights: false);
        var fromSaved = second.Embed([Sentence])[0];

        Assert.Single(folder.GetFiles("*.ort"));
        Assert.True(VectorMath.Dot(fromModel, fromSaved) > 0.9999f);
    }

    [Fact]
    public void A_damaged_saved_graph_is_made_again_instead_of_failing_every_question()
    {
        using (var first = new MiniLmSentenceEncoder(1, folder.FullName, prepackWeights: false))
        {
            first.Embed([Sentence]);
        }

        var saved = Assert.Single(folder.GetFiles("*.ort"));
        var length = saved.Length;
        File.WriteAllBytes(saved.FullName, [1, 2, 3, 4, 5, 6, 7, 8]);

        using var encoder = new MiniLmSentenceEncoder(1, folder.FullName, prepackWeights: false);

        Assert.Equal(384, encoder.Embed([Sentence])[0].Length);
        Assert.Equal(length, new FileInfo(saved.FullName).Length);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
