using Cordon.Storage;
using Cordon.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Cordon.Server.Tests;

/// <summary>Retro-hunting on the embedded SQLite store.</summary>
public sealed class SqliteRetroHuntTests : RetroHuntTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cordon-retro-{Guid.NewGuid():N}.db");

    protected override ICaseStore NewStore() => new SqliteCaseStore(_path);

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
