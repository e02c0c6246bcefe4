using Npgsql;

namespace Cordon.Server.Tests;

/// <summary>The API suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlServerTests(PostgresServer postgres) : ServerContractTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
