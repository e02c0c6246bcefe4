namespace Cordon.Server.Tests;

/// <summary>The knowledge-base history suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlKbHistoryTests(PostgresServer postgres) : KbHistoryContractTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();
}
