using Microsoft.Data.Sqlite;

namespace Cordon.Server.Tests;

/// <summary>The case-work suite on the embedded SQLite store.</summary>
public sealed class SqliteCaseWorkTests : CaseWorkTests
{
    protected override string? Postgres() => null;

    protected override async Task<long> CountRowsAsync(string run)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Factory.DataDirectory, "cases.db")}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT COUNT(*) FROM case_rows WHERE run_id = $run", connection);
        command.Parameters.AddWithValue("$run", run);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
