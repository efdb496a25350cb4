using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

/// <summary>What <c>kb check</c> says of the cue words: the folder's <c>language/en/cues.yml</c> when it has one, else the compiled-in copy.</summary>
public static class CueFileCheck
{
    public static (string File, IReadOnlyList<KnowledgeError> Errors) Check(string? knowledgeFolder)
    {
        var path = knowledgeFolder is null ? null : Path.Combine(knowledgeFolder, "language", "en", "cues.yml");
        return path is not null && File.Exists(path)
            ? (path, Cues.Check(File.ReadAllText(path)))
            : ("the compiled-in " + Cues.ResourceName, Cues.Check(Cues.ReadEmbedded()));
    }
}
