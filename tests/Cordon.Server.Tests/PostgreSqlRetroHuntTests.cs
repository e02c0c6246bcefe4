using Cordon.Storage;
using Cordon.Storage.PostgreSql;
using Npgsql;

namespace Cordon.Server.Tests;

/// <summary>Retro-hunting on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlRetroHuntTests(PostgresServer postgres) : RetroHuntTests
{
    private readonly string _database = postgres.NewDatabase();

    protected override ICaseStore NewStore() => new PostgreSqlCaseStore(_database);

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
