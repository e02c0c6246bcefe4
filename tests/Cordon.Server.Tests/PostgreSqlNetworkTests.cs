namespace Cordon.Server.Tests;

/// <summary>The supplier-network suite on a real PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlNetworkTests(PostgresServer postgres) : NetworkContractTests
{
    private string? _database;

    protected override string? Postgres() => _database ??= postgres.NewDatabase();
}
