using Microsoft.Data.Sqlite;

namespace RoleBot.Core.Tests.Learning;

/// <summary>A folder of its own for one test's SQLite files, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rolebot-learning-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
