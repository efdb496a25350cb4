namespace RoleBot.Core.Tests.Learning;

/// <summary>
/// Makes the database and its write-ahead log unwritable, even to root (the immutable attribute; permission bits alone
/// do not stop root, and CI runs as root), and writable again on dispose.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyFiles : IDisposable
{
    private readonly string[] files;

    public ReadOnlyFiles(string database)
    {
        files = [.. new[] { database, database + "-wal" }.Where(File.Exists)];
        foreach (var file in files)
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            if (Environment.UserName == "root")
            {
                Shell.Run("chattr", "+i", file);
            }
        }
    }

    public void Dispose()
    {
        foreach (var file in files)
        {
            if (Environment.UserName == "root")
            {
                Shell.Run("chattr", "-i", file);
            }

            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }
}
