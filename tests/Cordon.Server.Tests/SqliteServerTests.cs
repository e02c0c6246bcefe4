using Microsoft.Data.Sqlite;

namespace Cordon.Server.Tests;

/// <summary>The API suite on the embedded SQLite store.</summary>
public sealed class SqliteServerTests : ServerContractTests
{
    protected override string? Postgres() => null;

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Factory.DataDirectory, "cases.db")}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
