using Npgsql;

namespace Cordon.Server.Tests;

/// <summary>The case-work suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlCaseWorkTests(PostgresServer postgres) : CaseWorkTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();

    protected override async Task<long> CountRowsAsync(string run)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM case_rows WHERE run_id = @run", connection);
        command.Parameters.AddWithValue("run", run);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
