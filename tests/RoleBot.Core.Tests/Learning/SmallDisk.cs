namespace RoleBot.Core.Tests.Learning;

/// <summary>A real, tiny filesystem (tmpfs) that fills up, and can be grown as an operator would free space. Needs root, as CI has.</summary>
internal sealed class SmallDisk : IDisposable
{
    public SmallDisk(string folder, string size)
    {
        Path = folder;
        Directory.CreateDirectory(folder);
        Shell.Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder);
    }

    public string Path { get; }

    public void Grow(string size) => Shell.Run("mount", "-o", "remount,size=" + size, Path);

    public void Dispose() => Shell.Run("umount", "-l", Path);
}
