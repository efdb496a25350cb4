namespace RoleBot.Core.Semantic;

/// <summary>Turns sentences into unit-length vectors whose dot product says how alike their meanings are.</summary>
public interface ISentenceEncoder
{
    /// <summary>Length of every vector this encoder makes.</summary>
    int Dimensions { get; }

    /// <summary>Name and version of the model, stored with cached vectors so a different model never reads them.</summary>
    string ModelId { get; }

    float[][] Embed(IReadOnlyList<string> texts);
}
